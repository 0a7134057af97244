package com.calltriage.quality;

import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Metric;

/**
 * One finding about a call: what was wrong, on whose side, in which direction, measured against
 * which limit. It names people by identity, never by a finished sentence, so the words can be masked
 * for whoever reads them.
 *
 * @param ruleId     the rule that fired, or a fixed id for failures and notes
 * @param severity   red, yellow or note
 * @param cause      the kind of trouble, which ranks reasons
 * @param sessionId  the session it was found in
 * @param person     whose side it happened on; null for a service
 * @param connection that side's connection type (wifi, wired, tunnel, mobile); may be null
 * @param direction  whether the person received or sent the affected media; null when not about a stream
 * @param media      the media affected; null when not about media
 * @param metric     the metric measured; null for failures and notes
 * @param measured   the measured value, in the metric's parsed unit; null for failures and notes
 * @param threshold  the rule's limit; null for failures and notes
 * @param comparison how measured was compared with threshold; null for failures and notes
 * @param words      what the metric or event is called, e.g. "jitter"
 * @param detail     extra words from Graph, such as a failure reason; may be null
 */
public record Reason(String ruleId, Severity severity, Cause cause, String sessionId, Identity person,
                     String connection, Direction direction, MediaKind media, Metric metric, Double measured,
                     Double threshold, Comparison comparison, String words, String detail) {

    /** Which way the affected media went, seen from the person. */
    public enum Direction { RECEIVED, SENT }

    /** How far past its limit the value is; failures and notes rank by cause alone. */
    double severityRatio() {
        return measured == null || threshold == null || comparison == null ? Double.MAX_VALUE
                : comparison.severityRatio(measured, threshold);
    }
}
