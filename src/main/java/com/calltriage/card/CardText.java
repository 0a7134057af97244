package com.calltriage.card;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Text for Adaptive Cards. Names and other text from users and Graph may contain characters that
 * card markdown would act on ({@code *bold*}, {@code [link](...)}, a leading {@code -} or {@code 1.});
 * {@link #escape} makes them print as typed.
 */
public final class CardText {
    private CardText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]()<>~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // "1. " or "- " at the start of a line would become a list.
        return out.toString().replaceAll("(?m)^(\\d+)\\.", "$1\\\\.").replaceAll("(?m)^([-+])", "\\\\$1");
    }

    /**
     * Whether card markdown would show the text exactly as it is: no character markdown acts on, no list marker
     * at its start, no template function. Such text (a number with its unit, an IP address) can go in a plain
     * TextBlock; anything else goes in a TextRun or through {@link #escape}.
     */
    static boolean printsAsTyped(String text) {
        return text.chars().noneMatch(c -> "\\`*_[]<>~{}#&|\r\n".indexOf(c) >= 0)
                && !text.matches("^(\\d+\\.|[-+])\\s.*");
    }

    /** A date and time the card shows in the reader's own time zone and locale. */
    public static String localDateTime(Instant instant) {
        String at = instant.truncatedTo(ChronoUnit.SECONDS).toString();
        return "{{DATE(" + at + ", SHORT)}}, {{TIME(" + at + ")}}";
    }

    /**
     * A searched window in words. Whole days are named as the question named them, in the asker's time zone, which
     * they were read in, and the words name it: shown in the reader's time zone, "from 2026-11-01 to 2026-11-05" asked
     * in London would start on the evening of 31 October in Redmond. Other windows (last 7 days, today) are shown in
     * the reader's time.
     *
     * @param zone the asker's time zone
     */
    public static String window(Instant from, Instant to, ZoneId zone) {
        if (startsADay(from, zone) && startsADay(to, zone)) {
            LocalDate last = LocalDate.ofInstant(to, zone).minusDays(1);
            LocalDate first = LocalDate.ofInstant(from, zone);
            return (first.equals(last) ? "on " + first : "from " + first + " to " + last) + " (" + zone.getId() + ")";
        }
        return "from " + localDateTime(from) + " to " + localDateTime(to);
    }

    /** Whether the instant is where a day of the zone begins: midnight, or the first time after a gap there. */
    private static boolean startsADay(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).atStartOfDay(zone).toInstant().equals(instant);
    }

    /** {@code 1h 05m}, {@code 12m 30s}, {@code 20s}. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return "in progress";
        }
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds >= 3600) {
            return String.format("%dh %02dm", seconds / 3600, (seconds % 3600) / 60);
        }
        if (seconds >= 60) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }
}
