package com.calltriage.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lists shown, kept in this process: for one replica, tests, and the command-line tools. Bounded: the least
 * recently used conversations are forgotten first.
 */
public final class MemoryRecentLists implements RecentLists {
    private static final int MAX_CONVERSATIONS = 10_000;

    private final Map<String, Shown> byConversation = bounded();
    private final Map<String, String> continuations = bounded();

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_CONVERSATIONS;
            }
        };
    }

    @Override
    public synchronized void remember(String conversationId, Shown shown) {
        if (conversationId != null) {
            byConversation.put(conversationId, shown);
            continuations.remove(conversationId);
        }
    }

    @Override
    public synchronized void rememberContinuation(String conversationId, String nextPage) {
        if (conversationId != null) {
            continuations.put(conversationId, nextPage == null ? "" : nextPage);
        }
    }

    @Override
    public synchronized Optional<String> continuation(String conversationId) {
        return Optional.ofNullable(conversationId == null ? null : continuations.get(conversationId));
    }

    @Override
    public synchronized Optional<Shown> recall(String conversationId) {
        return Optional.ofNullable(conversationId == null ? null : byConversation.get(conversationId));
    }
}
