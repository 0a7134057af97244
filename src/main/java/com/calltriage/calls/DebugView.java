package com.calltriage.calls;

import com.calltriage.calls.report.DebugSession;
import com.calltriage.command.reply.Reply;
import com.calltriage.quality.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * Everything about one call for engineers and admins: every session with the tabs of the Session details
 * report, from machines, networks and Wi-Fi to each stream's metrics, client events, traceroutes and feedback.
 * Names are shown; phone numbers still lose their last three digits.
 *
 * @param subject          the user the call is looked at for; null when none was named
 * @param matched          who exactly that is, "Quinn Harlow, quinn.harlow@contoso.com"; null without a subject
 * @param verdict          how the call went for the subject, or for everyone when there is no subject
 * @param reasons          main cause first
 * @param sessions         the sessions shown
 * @param sessionsNotShown sessions left off to keep the card small; ask again for one user to see theirs
 */
public record DebugView(String subject, String matched, String callId, Instant start, String kind, String media,
                        int participants, Verdict verdict, List<DetailsView.ReasonLine> reasons,
                        List<DebugSession> sessions, int sessionsNotShown) implements Reply {
    /**
     * Enough sessions for any 1:1 call or a user's part of a meeting, few enough to build quickly; the card
     * shows as many of them as fit.
     */
    public static final int MAX_SESSIONS = 6;

    public DebugView {
        reasons = List.copyOf(reasons);
        sessions = List.copyOf(sessions);
    }
}
