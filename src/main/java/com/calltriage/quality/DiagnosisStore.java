package com.calltriage.quality;

import java.util.Collection;
import java.util.Map;

/**
 * Where diagnoses are kept with their call records. Diagnoses are made when a record is stored, not per
 * question; one made under an older rule set is recomputed before it is returned.
 */
public interface DiagnosisStore {

    /** The current diagnoses of the given calls, by call id; unknown ids are left out. */
    Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds);

    /** Recomputes every stored diagnosis made under another rule-set version; returns how many. */
    int refreshStaleDiagnoses();
}
