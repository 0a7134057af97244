package com.calltriage.jobs;

import java.util.function.IntSupplier;

/**
 * One round of a queue's drainer: batches back to back while they come back full, but only so many, so that other
 * scheduled work gets its turn; what is left waits for the next round.
 */
final class FullBatches {
    static final int MOST_PER_ROUND = 50;

    private FullBatches() {
    }

    /**
     * @param drainOnce claims and handles one batch, returning how many entries it claimed
     * @return how many entries the round claimed in all
     */
    static int drain(IntSupplier drainOnce, int batchSize) {
        int handled = 0;
        for (int batch = 0; batch < MOST_PER_ROUND; batch++) {
            int claimed = drainOnce.getAsInt();
            handled += claimed;
            if (claimed < batchSize) {
                break;
            }
        }
        return handled;
    }
}
