package com.calltriage.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last call list shown in each conversation, so "details 3" means the third call on it and "more"
 * continues it; and, when another kind of list (the audit trail) was shown since, the command that shows its next
 * page, which "more" asks instead. Bounded: the least recently used conversations are forgotten first.
 */
public final class RecentLists {
    private static final int MAX_CONVERSATIONS = 10_000;

    /**
     * A list as shown so far: whose calls, their ids in the order numbered on the cards (every page shown),
     * and where the next page starts.
     *
     * @param next null when the list has no older calls
     */
    public record Shown(String subjectId, List<String> callIds, NextPage next) {
        public Shown {
            callIds = List.copyOf(callIds);
        }
    }

    /** What "more" asks for: the same user and window, after the cursor. */
    public record NextPage(String subjectLabel, Instant from, Instant to, int count, String cursor, String note) {
    }

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

    public synchronized void remember(String conversationId, Shown shown) {
        if (conversationId != null) {
            byConversation.put(conversationId, shown);
            continuations.remove(conversationId);
        }
    }

    /**
     * Another kind of list was shown in the conversation: "more" now asks {@code nextPage} (null when that list was
     * whole). The call list stays remembered, so its numbers still name its calls.
     */
    public synchronized void rememberContinuation(String conversationId, String nextPage) {
        if (conversationId != null) {
            continuations.put(conversationId, nextPage == null ? "" : nextPage);
        }
    }

    /** What "more" asks when the last list shown was not a call list: a command, or empty text for none left. */
    public synchronized Optional<String> continuation(String conversationId) {
        return Optional.ofNullable(conversationId == null ? null : continuations.get(conversationId));
    }

    public synchronized Optional<Shown> recall(String conversationId) {
        return Optional.ofNullable(conversationId == null ? null : byConversation.get(conversationId));
    }
}
