package com.calltriage.callrecord.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether two documents say the same, whatever their spacing and key order. Graph raises a record's version with
 * each change, but a record fetched again at the same version can still differ (a store that kept a damaged
 * copy, a record Graph completed without a new version): such a copy replaces the stored one instead of being
 * taken for a repeat.
 */
public final class SameContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SameContent() {
    }

    /** True when both parse to equal JSON trees; text that does not parse is compared as text. */
    public static boolean of(String stored, String received) {
        if (stored == null || received == null) {
            return stored == received;
        }
        if (stored.equals(received)) {
            return true;
        }
        try {
            return JSON.readTree(stored).equals(JSON.readTree(received));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
