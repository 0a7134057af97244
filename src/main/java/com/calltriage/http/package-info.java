/**
 * What our HTTP clients share, whichever peer they talk to (Microsoft Graph, the Bot Connector): reading the
 * answer's Retry-After. The JDK only; knows no feature.
 * Edge. May use: nothing.
 */
package com.calltriage.http;
