package com.calltriage.callrecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last call of a page: newest-first order is by start time, then call id.
 * Encoded as an opaque token so it can travel in a card button.
 */
public record PageCursor(Instant start, String callId) {

    public String encode() {
        String plain = start.toEpochMilli() + "|" + callId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #encode()} */
    public static PageCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new PageCursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, bar))),
                    plain.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a page cursor: " + token, e);
        }
    }
}
