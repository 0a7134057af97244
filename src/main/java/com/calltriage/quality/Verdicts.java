package com.calltriage.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The verdict rule and the ranking of reasons, in one place for sessions, calls and participants. */
final class Verdicts {
    /** Red before yellow before notes; then setup, drop, device, network ...; then furthest past its limit. */
    static final Comparator<Reason> RANKING = Comparator.comparing(Reason::severity)
            .thenComparing(Reason::cause)
            .thenComparing(Comparator.comparingDouble(Reason::severityRatio).reversed());

    private Verdicts() {
    }

    static Diagnosis of(List<Reason> reasons, boolean hasQualityData, boolean failed) {
        List<Reason> ranked = new ArrayList<>(reasons);
        ranked.sort(RANKING);
        Verdict verdict;
        if (ranked.stream().anyMatch(r -> r.severity() == Severity.RED)) {
            verdict = Verdict.POOR;
        } else if (!hasQualityData && !failed) {
            verdict = Verdict.UNAVAILABLE;
        } else {
            verdict = Verdict.GOOD;
        }
        return new Diagnosis(verdict, ranked, hasQualityData, failed);
    }

    static Diagnosis combine(List<Diagnosis> parts) {
        List<Reason> reasons = parts.stream().flatMap(d -> d.reasons().stream()).toList();
        return of(reasons, parts.stream().anyMatch(Diagnosis::hasQualityData), parts.stream().anyMatch(Diagnosis::failed));
    }
}
