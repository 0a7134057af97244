package com.calltriage.quality;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on a call, or on a part of it, and its reasons ranked main cause first.
 *
 * @param verdict        Good, Poor or Unavailable
 * @param reasons        red first, then yellow, then notes; within a severity by cause, then by how far
 *                       past its limit
 * @param hasQualityData whether any stream reported quality data
 * @param failed         whether any session failed to set up or dropped
 */
public record Diagnosis(Verdict verdict, List<Reason> reasons, boolean hasQualityData, boolean failed) {
    public Diagnosis {
        reasons = List.copyOf(reasons);
    }

    /** The likely main cause: the first red reason. */
    public Optional<Reason> mainCause() {
        return reasons.stream().filter(r -> r.severity().isMainCauseCandidate()).findFirst();
    }
}
