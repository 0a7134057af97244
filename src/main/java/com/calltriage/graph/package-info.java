/**
 * Microsoft Graph: the client-credentials token, the retrying HTTP client, the directory roles behind each caller,
 * the people of the directory, whole call records and the call records subscription. Implements
 * access.RoleDirectory, callrecord.UserDirectory and the ingest ports with OkHttp, Jackson, Caffeine and slf4j;
 * no Spring.
 * Implements summary.ManagerDirectory: the managers group's members, and installing the app for one of them.
 * Edge. May use: access, callrecord, http, ingest, ingest.subscription, summary.
 */
package com.calltriage.graph;
