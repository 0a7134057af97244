package com.calltriage.quality;

import com.calltriage.callrecord.PageCursor;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Where diagnoses are kept with their call records. Diagnoses are made when a record is stored, not per
 * question; one made under an older rule set is recomputed before it is returned.
 */
public interface DiagnosisStore {

    /** The current diagnoses of the given calls, by call id; unknown ids are left out. */
    Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds);

    /**
     * A page of the calls a user took part in that started in {@code [from, to)}, newest first, as a list shows
     * them: what {@code findCallsOfUser} finds, summed up for that user with the current diagnoses. A store that
     * keeps the summaries reads neither the records nor their whole diagnoses for it.
     *
     * @param userId the user's Entra object id
     * @param after  where the previous page ended; null for the first page. When it carries the window's total,
     *               the total is not counted again
     */
    SummaryPage summariesOfUser(String userId, Instant from, Instant to, int limit, PageCursor after);

    /** How many stale diagnoses one batch of {@link #refreshStaleDiagnoses()} recomputes in one transaction. */
    int REFRESH_BATCH = 200;

    /**
     * Recomputes up to {@code limit} stored diagnoses, with their list summaries, made under another rule-set version
     * or before summaries were kept, taking the stale calls in call id order after {@code after}.
     *
     * @param after the last call id of the previous batch; empty text to start from the first
     */
    RefreshedBatch refreshStaleDiagnoses(String after, int limit);

    /** Recomputes every stored diagnosis made under another rule-set version, batch by batch; returns how many. */
    default int refreshStaleDiagnoses() {
        int refreshed = 0;
        RefreshedBatch batch = new RefreshedBatch(0, "");
        while (!batch.finished()) {
            batch = refreshStaleDiagnoses(batch.lastCallId(), REFRESH_BATCH);
            refreshed += batch.recomputed();
        }
        return refreshed;
    }

    /**
     * One batch of recomputed diagnoses.
     *
     * @param recomputed how many were recomputed
     * @param lastCallId where the next batch starts; null when no stale diagnosis is left after this batch
     */
    record RefreshedBatch(int recomputed, String lastCallId) {
        public boolean finished() {
            return lastCallId == null;
        }
    }
}
