package com.calltriage.access;

import java.time.Instant;
import java.util.List;

/** Where every question and its outcome is recorded, for admins to read back. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Records the entries in this order, as one write where the log can; wholly or not at all. */
    default void recordAll(List<AuditEntry> entries) {
        entries.forEach(this::record);
    }

    /** The entries that match, newest first. */
    List<AuditEntry> find(AuditQuery query);

    /**
     * Deletes the entries asked before the cut-off, to keep the log within its retention time.
     *
     * @return how many entries were deleted
     */
    int deleteBefore(Instant cutoff);
}
