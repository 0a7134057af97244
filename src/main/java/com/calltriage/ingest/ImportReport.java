package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.UpsertOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** What an import did, a line per record as it goes and counts at the end. */
public final class ImportReport {
    private final Map<UpsertOutcome, Integer> outcomes = new EnumMap<>(UpsertOutcome.class);
    private int rejected;

    void stored(String source, CallRecord record, UpsertOutcome outcome, Consumer<String> out) {
        outcomes.merge(outcome, 1, Integer::sum);
        String what = switch (outcome) {
            case INSERTED -> "stored   ";
            case UPDATED -> "updated  ";
            case UNCHANGED -> "unchanged";
            case STALE -> "outdated ";
        };
        out.accept(what + " " + record.id() + " v" + record.version() + " (" + source + ")");
    }

    void rejected(String source, String reason, Consumer<String> out) {
        rejected++;
        out.accept("rejected  " + source + ": " + reason);
    }

    public int count(UpsertOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    public int rejected() {
        return rejected;
    }

    public String summary() {
        return count(UpsertOutcome.INSERTED) + " stored, " + count(UpsertOutcome.UPDATED) + " updated, "
                + (count(UpsertOutcome.UNCHANGED) + count(UpsertOutcome.STALE)) + " unchanged, "
                + rejected + " rejected";
    }
}
