package com.calltriage.calls;

import com.calltriage.calls.report.ReasonGroup;
import com.calltriage.calls.report.SessionView;
import com.calltriage.command.reply.Reply;
import com.calltriage.quality.Severity;
import com.calltriage.quality.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One call in detail: what it was, how it went for the user searched for, for a Poor call its main cause in plain
 * words and what to try, and every reason, red and yellow, grouped and as measured against its limit. Already
 * masked for the asker.
 *
 * @param subject          the user the call is looked at for; null when the call was named without one
 * @param matched          who exactly that is, "Quinn Harlow, quinn.harlow@contoso.com"; null without a subject
 * @param participants     how many people took part (shown to every role)
 * @param participantNames everyone who took part as the asker may see them; names hidden from the asker are
 *                         counted ("3 Internal Users")
 * @param verdict          how the call went for the subject (in a meeting: the subject's own sessions)
 * @param headline         the main cause in plain words, saying whose side it was on; null unless the call was Poor
 * @param whatToTry        the next steps for the main cause, first one first; empty unless the call was Poor
 * @param reasonGroups     every reason per person and media, a measure's average and peak in one line, worst first
 * @param reasons          every reason as measured, with its metric's value and limit, main cause first
 * @param sessions         the subject's sessions; with Advanced details for askers who may see them
 * @param conference       the meeting's join URL; null for calls
 * @param debugCommand     the command that shows everything about the call; null for askers who may not use it
 * @param subjectId        the Entra object id of the user the call is looked at for; null without a subject
 */
public record DetailsView(String subject, String matched, String callId, Instant start, String kind, String media,
                          String with, Duration duration, int participants, List<String> participantNames,
                          Verdict verdict, String headline, List<String> whatToTry, List<ReasonGroup> reasonGroups,
                          List<ReasonLine> reasons, List<SessionView> sessions, String conference,
                          String debugCommand, String subjectId) implements Reply {
    public DetailsView {
        participantNames = List.copyOf(participantNames);
        whatToTry = List.copyOf(whatToTry);
        reasonGroups = List.copyOf(reasonGroups);
        reasons = List.copyOf(reasons);
        sessions = List.copyOf(sessions);
    }

    /** A reason as a sentence, with its severity for colour. */
    public record ReasonLine(Severity severity, String text) {
    }
}
