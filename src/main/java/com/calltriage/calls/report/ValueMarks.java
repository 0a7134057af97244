package com.calltriage.calls.report;

import com.calltriage.callrecord.Measurements;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.quality.MediaKind;
import com.calltriage.quality.MetricRule;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.RuleBreaches;
import com.calltriage.quality.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the quality rules rate each value an engineer sees: red, yellow or unmarked, asked of the same rules
 * and conditions as the diagnosis, so the card never colours a value the verdict ignored or the other way round.
 */
final class ValueMarks {
    private final RuleBreaches breaches;

    ValueMarks(QualityRules rules) {
        this.breaches = new RuleBreaches(rules);
    }

    Map<Metric, Severity> ofStream(MediaKind kind, Measurements metrics) {
        return worstPerMetric(breaches.ofStream(kind, metrics));
    }

    /** A service's devices and networks are not judged, as in the diagnosis. */
    Map<Metric, Severity> ofDevice(Measurements metrics, boolean person) {
        return person ? worstPerMetric(breaches.ofDevice(metrics)) : Map.of();
    }

    Map<Metric, Severity> ofNetwork(NetworkInfo network, boolean person) {
        return person && network != null ? worstPerMetric(breaches.ofNetwork(network)) : Map.of();
    }

    /** A value past both its yellow and its red limit is red. */
    private static Map<Metric, Severity> worstPerMetric(List<MetricRule> rules) {
        Map<Metric, Severity> marks = new EnumMap<>(Metric.class);
        for (MetricRule rule : rules) {
            marks.merge(rule.metric(), rule.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return marks;
    }
}
