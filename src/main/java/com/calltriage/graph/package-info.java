/**
 * Microsoft Graph: the client-credentials token, the HTTP client, and the directory roles behind each caller.
 * Edge: implements access.RoleDirectory with OkHttp, Jackson and Caffeine; knows no other feature and no Spring.
 */
package com.calltriage.graph;
