package com.calltriage.store;

import java.util.Set;

/**
 * What a change to the store makes stale in a cache of recent lookups: one record, with its diagnosis and the call
 * lists of the users in it (by cache key), or everything. Sent to the other replicas by {@link CacheDrops}.
 *
 * @param callId the record stored; null when {@code all}
 * @param users  the cache keys of the users whose call lists it changes
 * @param all    whether every entry is stale
 */
public record CacheDrop(String callId, Set<String> users, boolean all) {

    public CacheDrop {
        users = Set.copyOf(users);
        if (!all && (callId == null || callId.isBlank())) {
            throw new IllegalArgumentException("A record's cache drop names the record");
        }
    }

    public static CacheDrop ofRecord(String callId, Set<String> users) {
        return new CacheDrop(callId, users, false);
    }

    public static CacheDrop everything() {
        return new CacheDrop(null, Set.of(), true);
    }
}
