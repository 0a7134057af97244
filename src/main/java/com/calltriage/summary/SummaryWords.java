package com.calltriage.summary;

import com.calltriage.quality.Cause;
import java.util.Locale;

/** How the summary writes causes, rates and changes for managers. */
public final class SummaryWords {
    private SummaryWords() {
    }

    /** A main cause in plain words. */
    public static String cause(Cause cause) {
        return switch (cause) {
            case CALL_SETUP -> "Calls could not connect (call setup failed)";
            case DROPPED -> "Calls dropped midway";
            case DEVICE -> "A microphone, speaker or camera stopped working";
            case NETWORK -> "Network trouble: jitter, packet loss or delay";
            case VIDEO -> "Poor video";
            case SCREEN_SHARING -> "Poor screen sharing";
            case APP_SHARING -> "App sharing";
        };
    }

    /** A count with its noun, singular for one: "1 call", "12 calls". */
    public static String calls(long count) {
        return count + (count == 1 ? " call" : " calls");
    }

    /** A fraction as a percentage with one decimal, "2.4%"; "no data" when there was nothing to count. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "no data" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /**
     * An earlier rate and how the rate moved since, in points: "2.0% (up 0.4)", "2.0% (same)"; the earlier rate alone
     * when the change is not known.
     */
    public static String compared(double earlier, double now) {
        if (Double.isNaN(earlier)) {
            return "no data";
        }
        if (Double.isNaN(now)) {
            return percent(earlier);
        }
        double points = (now - earlier) * 100;
        String change = Math.abs(points) < 0.05 ? "same" : String.format(Locale.ROOT, "%s %.1f",
                points > 0 ? "up" : "down", Math.abs(points));
        return percent(earlier) + " (" + change + ")";
    }

    /** A rate against its target: "5.7%, over the 3.0% target" when it misses it, else "1.2% (target 3.0%)". */
    public static String against(double rate, double target) {
        return !Double.isNaN(rate) && rate > target ? percent(rate) + ", over the " + percent(target) + " target"
                : percent(rate) + " (target " + percent(target) + ")";
    }

    /** A target as the card shows it beside a rate: "target 3.0%" (the one over all calls). */
    public static String target(Target target) {
        return "target " + percent(target.overall());
    }
}
