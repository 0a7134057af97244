package com.calltriage.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Tells Graph's notifications from forgeries: each carries the client state we gave the subscription, a
 * secret. Compared in constant time, so timing does not give the secret away byte by byte. Without a
 * configured secret nothing matches: a webhook that anyone could feed is worse than one that takes nothing.
 */
public final class ClientStateCheck {
    private final byte[] expected;

    /** @param configured {@code calltriage.graph.client-state}; blank or null when not configured */
    public ClientStateCheck(String configured) {
        this.expected = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isConfigured() {
        return expected != null;
    }

    /** True only when a secret is configured and the received client state equals it exactly. */
    public boolean matches(String received) {
        if (expected == null || received == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, received.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return isConfigured() ? "ClientStateCheck[configured]" : "ClientStateCheck[not configured]";
    }
}
