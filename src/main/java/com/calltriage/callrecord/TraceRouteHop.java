package com.calltriage.callrecord;

/**
 * One hop of a traceroute collected during the call.
 *
 * @param hopCount        position of the hop on the path
 * @param ipAddress       the router's address
 * @param roundTripTimeMs the hop's round trip in milliseconds; null when not measured
 */
public record TraceRouteHop(Integer hopCount, String ipAddress, Double roundTripTimeMs) {
}
