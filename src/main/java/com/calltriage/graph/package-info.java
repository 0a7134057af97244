/**
 * Microsoft Graph: the client-credentials token, the HTTP client, and the directory roles behind each caller.
 * Edge: implements access.RoleDirectory; depends on access only, plus OkHttp, Jackson, Caffeine and slf4j; no Spring.
 */
package com.calltriage.graph;
