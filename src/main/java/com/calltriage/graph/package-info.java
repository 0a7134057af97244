/**
 * Microsoft Graph: the client-credentials token, the retrying HTTP client, the directory roles behind each caller,
 * the people of the directory, whole call records and the call records subscription. Edge: implements
 * access.RoleDirectory, callrecord.UserDirectory and the ingest ports; depends on access, callrecord and ingest
 * only, plus OkHttp, Jackson, Caffeine and slf4j; no Spring.
 */
package com.calltriage.graph;
