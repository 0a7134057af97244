package com.calltriage.callrecord;

/**
 * The software on an endpoint: a {@code clientUserAgent} (a Teams client) or a
 * {@code serviceUserAgent} (a Microsoft service such as a conferencing server or a PSTN gateway).
 *
 * @param service            true for a service user agent
 * @param platform           for clients, e.g. {@code windows}; for services null
 * @param productFamily      for clients, e.g. {@code teams}
 * @param applicationVersion the client version
 * @param role               for services, e.g. {@code conferencing}
 * @param headerValue        the raw user agent header
 */
public record UserAgent(boolean service, String platform, String productFamily, String applicationVersion,
                        String role, String headerValue) {
}
