package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.callrecord.Metric;
import com.calltriage.quality.Cause;
import com.calltriage.quality.Reason;
import com.calltriage.quality.Severity;
import java.util.Locale;

/**
 * Puts reasons into plain words for helpdesk staff: whose side, which direction, the measured value
 * and the limit, with every person named as the asker may see them.
 */
public final class ReasonText {
    private ReasonText() {
    }

    /** A few words for the call list: "Jitter on Wi-Fi", "Microphone not working", "Call dropped". */
    public static String brief(Reason reason) {
        return switch (reason.cause()) {
            case CALL_SETUP, DROPPED -> reason.cause().label();
            case DEVICE, APP_SHARING -> capitalize(reason.words());
            default -> capitalize(plain(reason.words())) + connectionSuffix(reason.connection());
        };
    }

    /** "Round trip" alone says little to a tier-1 agent; what it means for the call does. */
    private static String plain(String words) {
        return switch (words) {
            case "round trip", "peak round trip" -> "network delay (" + words + ")";
            default -> words;
        };
    }

    /**
     * The whole reason, e.g. "Alice Wood's Wi-Fi: jitter 48 ms on audio received (poor above 30 ms)".
     *
     * @param masking names people as the asker may see them, and hides Wi-Fi details from those who may not
     *                see Debug details
     */
    public static String sentence(Reason reason, Masking masking) {
        String who = reason.person() == null ? "The service" : masking.nameOf(reason.person());
        if (reason.cause() == Cause.CALL_SETUP || reason.cause() == Cause.DROPPED) {
            String what = reason.cause() == Cause.CALL_SETUP ? "the call could not be set up" : "the call dropped";
            String why = masking.failureReason(reason.detail());
            return who + ": " + what + (why == null ? "" : " (" + why + ")");
        }
        if (reason.severity() == Severity.NOTE) {
            return capitalize(reason.words()) + ": Microsoft Graph does not report its quality metrics";
        }
        if (reason.metric() == null) {
            return who + " was " + reason.words();
        }
        if (reason.metric() == Metric.WIFI_SIGNAL_STRENGTH && !masking.showsDebug()) {
            return who + "'s Wi-Fi: weak signal (Wi-Fi details are for engineers)";
        }
        String value = format(reason.metric(), reason.measured());
        String limit = limit(reason);
        if (reason.direction() != null) {
            return who + "'s " + connection(reason.connection()) + ": " + reason.words() + " " + value + " on "
                    + reason.media().words() + " " + (reason.direction() == Reason.Direction.RECEIVED ? "received"
                    : "sent") + " (" + limit + ")";
        }
        if (reason.cause() == Cause.DEVICE) {
            return who + "'s device: " + reason.words() + " " + value + " (" + limit + ")";
        }
        return who + "'s " + connection(reason.connection()) + ": " + reason.words() + " " + value + " (" + limit
                + ")";
    }

    private static String limit(Reason reason) {
        String threshold = format(reason.metric(), reason.threshold());
        if (reason.severity() == Severity.RED) {
            return switch (reason.comparison()) {
                case ABOVE -> "poor above " + threshold;
                case AT_LEAST -> "poor at " + threshold + " or more";
                case BELOW -> "poor below " + threshold;
            };
        }
        return switch (reason.comparison()) {
            case ABOVE -> "normal up to " + threshold;
            case AT_LEAST -> "normal below " + threshold;
            case BELOW -> "normal from " + threshold;
        };
    }

    /** A measured value in the unit people read it in: 48 ms, 14%, 1.4, 6 fps. */
    static String format(Metric metric, Double value) {
        if (value == null) {
            return "?";
        }
        return switch (metric.unit()) {
            case MILLISECONDS -> Math.round(value) + " ms";
            case RATIO -> percent(value * 100);
            case PERCENT -> percent(value);
            case FRAMES_PER_SECOND -> number(value) + " fps";
            case BITS_PER_SECOND -> Math.round(value / 1000) + " kbps";
            case DECIBELS -> number(value) + " dB";
            default -> number(value);
        };
    }

    private static String percent(double percent) {
        return number(percent) + "%";
    }

    private static String number(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        String text = String.format(Locale.ROOT, Math.abs(value) < 1 ? "%.2f" : "%.1f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** How a connection type reads in a sentence ("Alice's Wi-Fi") and after a cause ("Jitter on Wi-Fi"). */
    private enum Connection {
        WIFI("wifi", "Wi-Fi", " on Wi-Fi"),
        WIRED("wired", "wired network", ""),
        TUNNEL("tunnel", "VPN", " over VPN"),
        MOBILE("mobile", "mobile network", " on mobile"),
        OTHER("", "network", "");

        private final String graphName;
        private final String noun;
        private final String suffix;

        Connection(String graphName, String noun, String suffix) {
            this.graphName = graphName;
            this.noun = noun;
            this.suffix = suffix;
        }

        static Connection of(String type) {
            for (Connection connection : values()) {
                if (connection.graphName.equalsIgnoreCase(type)) {
                    return connection;
                }
            }
            return OTHER;
        }
    }

    /** How a connection type reads after someone's name: "Wi-Fi", "wired network", "VPN". */
    static String connection(String type) {
        return Connection.of(type).noun;
    }

    /** A connection type as a fact: "Wi-Fi", "Wired network", "VPN"; Graph's own word when we have none. */
    static String connectionName(String type) {
        Connection connection = Connection.of(type);
        return connection == Connection.OTHER ? type : capitalize(connection.noun);
    }

    private static String connectionSuffix(String type) {
        return Connection.of(type).suffix;
    }

    static String capitalize(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
