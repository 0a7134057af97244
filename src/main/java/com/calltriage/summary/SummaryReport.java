package com.calltriage.summary;

import com.calltriage.command.TimeWindow;
import com.calltriage.quality.Cause;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds up a summary from the store's totals: the window's numbers against Microsoft's targets, the previous period of
 * the same length and the 7 days up to the window's last day, the breakdowns and the 30-day trend. Days are those of
 * the zone given.
 */
public final class SummaryReport {
    /** The calls a building or network needs before it is ranked, so that one bad call does not top the list. */
    public static final int MINIMUM_CALLS = 10;
    static final int TREND_DAYS = 30;
    static final int LINES = 5;
    static final String ALL_CALLS = "All calls";

    private final SummaryStore store;

    public SummaryReport(SummaryStore store) {
        this.store = store;
    }

    /**
     * @param building the building to sum up, or null for the whole tenant
     * @param note     a remark on the window for the card; may be null
     * @param buttons  other summaries to offer
     */
    public SummaryView of(TimeWindow window, ZoneId zone, String building, String note,
                          List<SummaryView.Button> buttons) {
        CallQualityFacts.Key key = new CallQualityFacts.Key(building == null ? CallQualityFacts.Key.TENANT : building,
                Dimension.ALL, Dimension.ALL_VALUE);
        Instant previousFrom = window.from().minus(Duration.between(window.from(), window.to()));
        LocalDate lastDay = LocalDate.ofInstant(window.to().minusNanos(1), zone);
        Instant trendFrom = lastDay.minusDays(TREND_DAYS - 1L).atStartOfDay(zone).toInstant();
        Instant trendTo = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        NavigableMap<Instant, QualityCounts> hours = store.hourly(key,
                previousFrom.isBefore(trendFrom) ? previousFrom : trendFrom,
                window.to().isAfter(trendTo) ? window.to() : trendTo);
        QualityCounts now = sum(hours, window.from(), window.to());
        QualityCounts before = sum(hours, previousFrom, window.from());
        Map<LocalDate, QualityCounts> days = new TreeMap<>();
        for (int i = TREND_DAYS - 1; i >= 0; i--) {
            LocalDate day = lastDay.minusDays(i);
            days.put(day, sum(hours, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        QualityCounts week = days.entrySet().stream().filter(e -> !e.getKey().isBefore(lastDay.minusDays(6)))
                .map(Map.Entry::getValue).reduce(QualityCounts.NONE, QualityCounts::plus);
        Map<CallQualityFacts.Key, QualityCounts> totals = building == null ? store.totals(window.from(), window.to())
                : store.totalsInBuilding(building, window.from(), window.to());
        List<SummaryView.Day> trend = days.entrySet().stream().map(e -> new SummaryView.Day(e.getKey(),
                e.getValue().calls(), e.getValue().poorRate(), e.getValue().poorAudioRate())).toList();
        Dimension placesBy = building == null && of(totals, Dimension.BUILDING).values().stream()
                .anyMatch(c -> c.calls() >= MINIMUM_CALLS) ? Dimension.BUILDING : Dimension.NETWORK;
        return new SummaryView(building == null ? ALL_CALLS : building, window.from(), window.to(), zone,
                headline(now, before), table(now, before, week), causes(totals),
                placesBy == Dimension.BUILDING ? "Worst buildings" : "Worst networks", places(totals, placesBy),
                MINIMUM_CALLS, connections(totals), corporate(totals), versions(totals), trend, note, buttons);
    }

    private static QualityCounts sum(NavigableMap<Instant, QualityCounts> hours, Instant from, Instant to) {
        return hours.subMap(from, true, to, false).values().stream().reduce(QualityCounts.NONE, QualityCounts::plus);
    }

    private static String headline(QualityCounts now, QualityCounts before) {
        if (now.calls() == 0) {
            return "No calls in this window.";
        }
        long rated = now.calls() - now.unrated();
        String poor = String.format("%d of %d rated calls were poor (%s)", now.poor(), rated,
                SummaryWords.percent(now.poorRate()));
        if (Double.isNaN(before.poorRate()) || Double.isNaN(now.poorRate())) {
            return poor + "; the period before had no rated calls to compare with.";
        }
        double points = (now.poorRate() - before.poorRate()) * 100;
        return poor + (Math.abs(points) < 0.05 ? ", as in the period before."
                : String.format(java.util.Locale.ROOT, ", %s %.1f points on the period before (%s).",
                        points > 0 ? "up" : "down", Math.abs(points), SummaryWords.percent(before.poorRate())));
    }

    private static List<SummaryView.Row> table(QualityCounts now, QualityCounts before, QualityCounts week) {
        List<SummaryView.Row> rows = new ArrayList<>();
        rows.add(new SummaryView.Row("Calls", now.calls(), "", "", false, SummaryWords.calls(before.calls()),
                String.format(java.util.Locale.ROOT, "%.1f a day", week.calls() / 7.0)));
        rows.add(rate("Poor calls", now.poor(), QualityCounts::poorRate, null, now, before, week));
        rows.add(rate("Unrated calls", now.unrated(), c -> ratio(c.unrated(), c.calls()), null, now, before, week));
        rows.add(rate("Call setup failures", now.setupFailed(), QualityCounts::setupFailureRate,
                Target.CALL_SETUP_FAILURES, now, before, week));
        rows.add(rate("Dropped calls", now.dropped(), QualityCounts::dropRate, Target.DROPPED_CALLS, now, before,
                week));
        rows.add(rate("Poor audio streams", now.audioPoor(), QualityCounts::poorAudioRate, Target.POOR_AUDIO_STREAMS,
                now, before, week));
        return rows;
    }

    private static SummaryView.Row rate(String label, long number, Function<QualityCounts, Double> rate,
                                        Target target, QualityCounts now, QualityCounts before, QualityCounts week) {
        double current = rate.apply(now);
        return new SummaryView.Row(label, number, SummaryWords.percent(current),
                target == null ? "" : SummaryWords.target(target), target != null && target.missedBy(current, false),
                SummaryWords.compared(rate.apply(before), current), SummaryWords.percent(rate.apply(week)));
    }

    private static double ratio(long part, long whole) {
        return whole <= 0 ? Double.NaN : (double) part / whole;
    }

    private static Map<String, QualityCounts> of(Map<CallQualityFacts.Key, QualityCounts> totals, Dimension dimension) {
        Map<String, QualityCounts> values = new TreeMap<>();
        totals.forEach((key, counts) -> {
            if (key.dimension() == dimension && counts.calls() > 0) {
                values.put(key.value(), counts);
            }
        });
        return values;
    }

    private static List<SummaryView.Line> causes(Map<CallQualityFacts.Key, QualityCounts> totals) {
        long poor = of(totals, Dimension.CAUSE).values().stream().mapToLong(QualityCounts::poor).sum();
        return of(totals, Dimension.CAUSE).entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, QualityCounts> e) -> e.getValue().poor()).reversed())
                .limit(LINES)
                .map(e -> new SummaryView.Line(SummaryWords.cause(Cause.valueOf(e.getKey())),
                        e.getValue().poor() + " of " + poor + " poor calls", false))
                .toList();
    }

    private static List<SummaryView.Line> places(Map<CallQualityFacts.Key, QualityCounts> totals, Dimension by) {
        return of(totals, by).entrySet().stream().filter(e -> e.getValue().calls() >= MINIMUM_CALLS)
                .filter(e -> e.getValue().poor() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, QualityCounts> e) -> e.getValue().poorRate())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(LINES)
                .map(e -> new SummaryView.Line(e.getKey(), SummaryWords.percent(e.getValue().poorRate()) + " poor ("
                        + e.getValue().poor() + " of " + SummaryWords.calls(e.getValue().calls()) + "); poor audio streams "
                        + SummaryWords.against(e.getValue().poorAudioRate(), Target.POOR_AUDIO_STREAMS.overall()),
                        Target.POOR_AUDIO_STREAMS.missedBy(e.getValue().poorAudioRate(), false)))
                .toList();
    }

    private static List<SummaryView.Line> connections(Map<CallQualityFacts.Key, QualityCounts> totals) {
        return of(totals, Dimension.CONNECTION).entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, QualityCounts> e) -> e.getValue().calls())
                        .reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new SummaryView.Line(e.getKey(), SummaryWords.calls(e.getValue().calls()) + ", "
                        + SummaryWords.percent(e.getValue().poorRate()) + " poor; poor audio streams "
                        + SummaryWords.against(e.getValue().poorAudioRate(), Target.POOR_AUDIO_STREAMS.overall()),
                        Target.POOR_AUDIO_STREAMS.missedBy(e.getValue().poorAudioRate(), false)))
                .toList();
    }

    private static List<SummaryView.Line> corporate(Map<CallQualityFacts.Key, QualityCounts> totals) {
        return of(totals, Dimension.CORP).entrySet().stream().map(e -> {
            boolean inside = e.getKey().startsWith("Inside");
            QualityCounts c = e.getValue();
            String figures = SummaryWords.calls(c.calls()) + "; poor audio streams " + against(c.poorAudioRate(),
                    Target.POOR_AUDIO_STREAMS, inside) + "; setup failures " + against(c.setupFailureRate(),
                    Target.CALL_SETUP_FAILURES, inside) + "; drops " + against(c.dropRate(), Target.DROPPED_CALLS,
                    inside);
            boolean missed = Target.POOR_AUDIO_STREAMS.missedBy(c.poorAudioRate(), inside)
                    || Target.CALL_SETUP_FAILURES.missedBy(c.setupFailureRate(), inside)
                    || Target.DROPPED_CALLS.missedBy(c.dropRate(), inside);
            return new SummaryView.Line(e.getKey(), figures, missed);
        }).toList();
    }

    private static String against(double rate, Target target, boolean inside) {
        return SummaryWords.against(rate, inside ? target.insideCorp() : target.overall());
    }

    private static List<SummaryView.Line> versions(Map<CallQualityFacts.Key, QualityCounts> totals) {
        return of(totals, Dimension.VERSION).entrySet().stream().filter(e -> e.getValue().poor() > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, QualityCounts> e) -> e.getValue().poor())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(LINES)
                .map(e -> new SummaryView.Line(e.getKey(), e.getValue().poor() + " poor of "
                        + SummaryWords.calls(e.getValue().calls()) + " (" + SummaryWords.percent(e.getValue().poorRate()) + ")", false))
                .toList();
    }
}
