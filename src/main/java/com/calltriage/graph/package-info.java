/**
 * Microsoft Graph: the client-credentials token, the retrying HTTP client, the directory roles behind each caller
 * and whole call records. Edge: implements access.RoleDirectory and ingest.CallRecordSource; depends on access and
 * ingest only, plus OkHttp, Jackson, Caffeine and slf4j; no Spring.
 */
package com.calltriage.graph;
