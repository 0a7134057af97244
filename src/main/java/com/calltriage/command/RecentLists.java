package com.calltriage.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The last call list shown in each conversation, so "details 3" means the third call on it and "more" continues
 * it; and, when another kind of list (the audit trail) was shown since, the command that shows its next page, which
 * "more" asks instead. A port: Teams sends each turn to whichever replica it likes, so the lists live where every
 * replica reads them.
 */
public interface RecentLists {

    /**
     * A list as shown so far: whose calls, their ids in the order numbered on the cards (every page shown),
     * and where the next page starts.
     *
     * @param next null when the list has no older calls
     */
    record Shown(String subjectId, List<String> callIds, NextPage next) {
        public Shown {
            callIds = List.copyOf(callIds);
        }
    }

    /** What "more" asks for: the same user and window, after the cursor. */
    record NextPage(String subjectLabel, Instant from, Instant to, int count, String cursor, String note) {
    }

    /** Keeps the call list shown in the conversation; a null conversation keeps nothing. */
    void remember(String conversationId, Shown shown);

    /** The call list last shown in the conversation, if it is still kept. */
    Optional<Shown> recall(String conversationId);

    /**
     * Another kind of list was shown in the conversation: "more" now asks {@code nextPage} (null when that list was
     * whole). The call list stays remembered, so its numbers still name its calls.
     */
    void rememberContinuation(String conversationId, String nextPage);

    /** What "more" asks when the last list shown was not a call list: a command, or empty text for none left. */
    Optional<String> continuation(String conversationId);

    /**
     * What "more" continues in the conversation: when another kind of list was shown since the call list, the
     * {@link #continuation} (and no call list); else the call list {@link #recall}ed, if any.
     */
    record Last(Optional<String> continuation, Optional<Shown> shown) {
    }

    /** The {@link Last} lists of the conversation; a store that keeps both in one place reads them at once. */
    default Last last(String conversationId) {
        Optional<String> continuation = continuation(conversationId);
        return new Last(continuation, continuation.isPresent() ? Optional.empty() : recall(conversationId));
    }
}
