package com.calltriage.callrecord;

/**
 * One side of a session or segment: a participant's device ({@code participantEndpoint}) or a
 * service ({@code serviceEndpoint}).
 *
 * @param participant true for a participant endpoint
 * @param identity    who used the endpoint ({@code associatedIdentity}, or the older {@code identity}); may be null
 * @param userAgent   the client or service software; may be null
 * @param deviceName  the machine name; engineer-level data; may be null
 * @param cpuName     may be null
 * @param cpuCores    may be null
 * @param cpuSpeedMhz may be null
 * @param feedback    the user's call survey; may be null
 */
public record Endpoint(boolean participant, Identity identity, UserAgent userAgent, String deviceName,
                       String cpuName, Integer cpuCores, Integer cpuSpeedMhz, Feedback feedback) {
}
