package com.calltriage.command;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time window as helpdesk people say it: {@code today}, {@code yesterday}, {@code last 7 days},
 * {@code since 2026-11-01}, {@code from 2026-11-01}, {@code from 2026-11-01 to 2026-11-05}. Days are whole days
 * in the asker's time zone: {@code last 7 days} is today and the six days before it; a window named by its start
 * only runs 30 days, as the Session details report's do. {@code from} and {@code to} also take exact instants
 * ({@code 2026-11-14T16:00:00Z}), which is how a card's button repeats the window it was made for, in any zone.
 *
 * @param from inclusive
 * @param to   exclusive; never later than now
 */
public record TimeWindow(Instant from, Instant to) {
    static final Period DEFAULT_SPAN = Period.ofDays(30);
    static final String EXAMPLES = "today, yesterday, last 7 days, since 2026-11-01, from 2026-11-01 to 2026-11-05";

    private static final Pattern PHRASE = Pattern.compile(
            "today|yesterday|(?:last|past) (?<days>\\d{1,3}) days?|since (?<since>\\S+)"
                    + "|from (?<from>\\S+)(?: (?:to|until|till) (?<to>\\S+))?", Pattern.CASE_INSENSITIVE);

    /** The last {@code span} up to now. */
    public static TimeWindow lastUpTo(Instant now, Duration span) {
        return new TimeWindow(now.minus(span), now);
    }

    /**
     * @throws UnclearQuestionException when the phrase is not a window, a date does not parse, the window
     *                                  ends before it starts or starts in the future
     */
    public static TimeWindow parse(String phrase, Instant now, ZoneId zone) {
        Matcher m = PHRASE.matcher(phrase.strip());
        if (!m.matches()) {
            throw new UnclearQuestionException("I can't read \"" + Echo.of(phrase) + "\" as a time window",
                    "Say it like one of these: " + EXAMPLES + ".");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        String word = phrase.strip().toLowerCase();
        TimeWindow window;
        if (word.equals("today")) {
            window = new TimeWindow(startOf(today, zone), now);
        } else if (word.equals("yesterday")) {
            window = new TimeWindow(startOf(today.minusDays(1), zone), startOf(today, zone));
        } else if (m.group("days") != null) {
            int days = Integer.parseInt(m.group("days"));
            if (days < 1) {
                throw new UnclearQuestionException("\"" + Echo.of(phrase) + "\" is an empty window", "Ask for at least 1 day.");
            }
            window = new TimeWindow(startOf(today.minusDays(days - 1L), zone), now);
        } else if (m.group("since") != null) {
            window = new TimeWindow(startOf(day(m.group("since"), today), zone), now);
        } else {
            Instant from = instant(m.group("from")).orElseGet(() -> startOf(day(m.group("from"), today), zone));
            Instant to = m.group("to") == null ? from.atZone(zone).plus(DEFAULT_SPAN).toInstant()
                    : instant(m.group("to")).orElseGet(() -> startOf(day(m.group("to"), today).plusDays(1), zone));
            window = new TimeWindow(from, to);
        }
        return window.checked(now);
    }

    /**
     * The window a question names, its days those of {@code zone}, or the last {@code byDefault} up to now when it
     * names none.
     *
     * @throws UnclearQuestionException as {@link #parse} does
     */
    public static TimeWindow asked(Optional<String> phrase, Instant now, ZoneId zone, Duration byDefault) {
        return phrase.map(text -> parse(text, now, zone)).orElse(lastUpTo(now, byDefault));
    }

    /** This window, or its part from the oldest data kept when it reaches further back. */
    public TimeWindow keptFrom(Instant oldestKept) {
        return from.isBefore(oldestKept) ? new TimeWindow(oldestKept, to) : this;
    }

    /** The day of {@code zone} the instant falls on, written the way this parser reads it back, e.g. 2026-10-22. */
    public static String day(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).toString();
    }

    /** The last day a window that ends (exclusively) at {@code end} covers: up to midnight is the day before. */
    public static String lastDay(Instant end, ZoneId zone) {
        return day(end.minusNanos(1), zone);
    }

    /**
     * The days of {@code zone} this window touches, naming the zone: "from 2026-11-01 to 2026-11-05 (Europe/London)",
     * or "on 2026-11-20 (UTC)".
     */
    public String days(ZoneId zone) {
        String first = day(from, zone);
        String last = lastDay(to, zone);
        return (first.equals(last) ? "on " + first : "from " + first + " to " + last) + " (" + zone.getId() + ")";
    }

    /** The window as a phrase this parser reads back to exactly these instants, for buttons that repeat it. */
    public String exactly() {
        return "from " + from + " to " + to;
    }

    private TimeWindow checked(Instant now) {
        if (from.isAfter(now)) {
            throw new UnclearQuestionException("That window starts in the future",
                    "Ask about a window that has begun, such as: last 7 days.");
        }
        if (!to.isAfter(from)) {
            throw new UnclearQuestionException("That window ends before it starts",
                    "Put the earlier date first, such as: from 2026-11-01 to 2026-11-05.");
        }
        return to.isAfter(now) ? new TimeWindow(from, now) : this;
    }

    /** An exact instant such as 2026-11-14T16:00:00Z; empty for anything else, which is read as a day. */
    private static Optional<Instant> instant(String text) {
        if (!text.matches("(?i)\\d{4}-\\d{2}-\\d{2}T.*")) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(text.toUpperCase());
            withinCalendar(LocalDate.ofInstant(instant, ZoneOffset.UTC));
            return Optional.of(instant);
        } catch (DateTimeException e) {
            throw new UnclearQuestionException("\"" + Echo.of(text) + "\" is not a time I can read",
                    "Write a time as 2026-11-14T16:00:00Z, or a day as 2026-11-14.");
        }
    }

    private static LocalDate day(String text, LocalDate today) {
        switch (text.toLowerCase()) {
            case "today":
                return today;
            case "yesterday":
                return today.minusDays(1);
            default:
                try {
                    return withinCalendar(LocalDate.parse(text));
                } catch (DateTimeException e) {
                    throw new UnclearQuestionException("\"" + Echo.of(text) + "\" is not a date I can read",
                            "Write dates as year-month-day, such as 2026-11-01, or say today or yesterday.");
                }
        }
    }

    /** Years people write: a year past 9999 is a typo, and arithmetic on it overflows what a time can hold. */
    private static LocalDate withinCalendar(LocalDate day) {
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new DateTimeException("year " + day.getYear());
        }
        return day;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
