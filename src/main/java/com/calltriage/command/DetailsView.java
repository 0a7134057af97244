package com.calltriage.command;

import com.calltriage.quality.Severity;
import com.calltriage.quality.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One call in detail: what it was, how it went for the user searched for, and every reason, red and
 * yellow, with the measured values and the limits. Already masked for the asker.
 *
 * @param subject      the user the call is looked at for; null when the call was named without one
 * @param participants how many people took part (shown to every role)
 * @param verdict      how the call went for the subject (in a meeting: the subject's own sessions)
 * @param reasons      main cause first
 */
public record DetailsView(String subject, String callId, Instant start, String kind, String media, String with,
                          Duration duration, int participants, Verdict verdict, List<ReasonLine> reasons)
        implements Reply {
    public DetailsView {
        reasons = List.copyOf(reasons);
    }

    /** A reason as a sentence, with its severity for colour. */
    public record ReasonLine(Severity severity, String text) {
    }
}
