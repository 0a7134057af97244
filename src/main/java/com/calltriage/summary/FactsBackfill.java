package com.calltriage.summary;

/** Fills in the facts of stored calls that have none yet, as a store from before the facts existed holds. */
public interface FactsBackfill {

    /** Writes the facts of at most {@code limit} calls that have none, oldest first; returns how many it took. */
    int fillMissingFacts(int limit);
}
