package com.calltriage.quality;

import com.calltriage.callrecord.Metric;

/**
 * One quality rule as data: which Graph metric, how it is compared, the threshold, how bad a breach
 * is, and the words shown to people.
 *
 * @param id         stable name, used in docs and tests
 * @param metric     the Graph metric it reads
 * @param comparison how the measured value is compared with the threshold
 * @param threshold  in the metric's parsed unit (milliseconds for durations, 0..1 for ratios)
 * @param severity   red or yellow
 * @param cause      what kind of trouble a breach means
 * @param words      what the metric is called on a card, e.g. "jitter"
 * @param source     where the threshold comes from
 */
public record MetricRule(String id, Metric metric, Comparison comparison, double threshold, Severity severity,
                         Cause cause, String words, String source) {

    public boolean breachedBy(double value) {
        return comparison.breaches(value, threshold);
    }
}
