package com.calltriage.callrecord;

/** What storing a record did. */
public enum UpsertOutcome {
    /** The id was new. */
    INSERTED,
    /** A newer version replaced the stored one. */
    UPDATED,
    /** The same version was stored already; nothing changed. */
    UNCHANGED,
    /** A newer version was stored already; the older one was ignored. */
    STALE;

    public boolean changedStore() {
        return this == INSERTED || this == UPDATED;
    }
}
