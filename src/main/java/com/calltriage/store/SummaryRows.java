package com.calltriage.store;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.Modality;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisJson;
import com.calltriage.quality.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a list row's summary from the columns kept beside the record (V13), never from the record as received or
 * its whole diagnosis. A row made under another rule set, or before the columns existed, is stale: it reads as
 * empty, and the store works it out again from the record.
 */
final class SummaryRows {
    /** The columns {@link #read} expects, in order, for a join of call_participant p and call_record r. */
    static final String COLUMNS = "p.call_id, p.start_ms, r.end_ms, r.kind, r.modalities, r.parties, r.party_count, "
            + "p.verdict, p.main_cause, r.rule_set_version";

    private final String ruleSetVersion;

    SummaryRows(String ruleSetVersion) {
        this.ruleSetVersion = ruleSetVersion;
    }

    /** One listed call: its id and start, and its summary unless the stored one is stale. */
    record Listed(String callId, Instant start, Optional<CallSummary> summary) {
    }

    Listed read(ResultSet rs, int row) throws SQLException {
        String callId = rs.getString(1);
        Instant start = Instant.ofEpochMilli(rs.getLong(2));
        String kind = rs.getString(4);
        String verdict = rs.getString(8);
        if (!ruleSetVersion.equals(rs.getString(10)) || kind == null || verdict == null) {
            return new Listed(callId, start, Optional.empty());
        }
        long end = rs.getLong(3);
        Instant ended = rs.wasNull() ? null : Instant.ofEpochMilli(end);
        return new Listed(callId, start, Optional.of(new CallSummary(callId, start, ended, CallKind.valueOf(kind),
                modalities(rs.getString(5)), DiagnosisJson.readParties(rs.getString(6)), rs.getInt(7),
                Verdict.valueOf(verdict), DiagnosisJson.readReason(rs.getString(9)))));
    }

    private static Set<Modality> modalities(String stored) {
        return stored == null || stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split(",")).map(Modality::valueOf).collect(Collectors.toSet());
    }
}
