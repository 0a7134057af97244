package com.calltriage.calls.report;

import com.calltriage.quality.Severity;
import java.util.List;

/**
 * One labelled value on an engineer's view, such as "IP address: 10.1.2.3".
 *
 * @param label what the value is
 * @param value the value as shown
 * @param mark  RED or YELLOW when the value broke a rule; null when it is in the normal range or not rated
 */
public record Fact(String label, String value, Severity mark) {
    static Fact of(String label, String value) {
        return new Fact(label, value, null);
    }

    /** Adds the fact when there is a value: what Graph did not report is left out, never shown empty. */
    static void add(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(of(label, value));
        }
    }
}
