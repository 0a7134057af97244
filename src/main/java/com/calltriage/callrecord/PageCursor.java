package com.calltriage.callrecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last call of a page: newest-first order is by start time, then call id.
 * Encoded as an opaque token so it can travel in a card button.
 *
 * @param total how many calls the whole window holds, as the first page counted them, so later pages need not
 *              count again; {@link #UNKNOWN_TOTAL} when not known
 */
public record PageCursor(Instant start, String callId, int total) {
    public static final int UNKNOWN_TOTAL = -1;

    /** A position whose window's total is not known. */
    public PageCursor(Instant start, String callId) {
        this(start, callId, UNKNOWN_TOTAL);
    }

    public boolean knowsTotal() {
        return total >= 0;
    }

    public String encode() {
        String plain = start.toEpochMilli() + (knowsTotal() ? "." + total : "") + "|" + callId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #encode()} */
    public static PageCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            String position = plain.substring(0, bar);
            int dot = position.indexOf('.');
            int total = dot < 0 ? UNKNOWN_TOTAL : Integer.parseInt(position.substring(dot + 1));
            return new PageCursor(Instant.ofEpochMilli(Long.parseLong(dot < 0 ? position : position.substring(0, dot))),
                    plain.substring(bar + 1), total);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a page cursor: " + token, e);
        }
    }
}
