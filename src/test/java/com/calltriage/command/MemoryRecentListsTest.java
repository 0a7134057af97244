package com.calltriage.command;

/** The lists shown, kept in memory: held to the same contract as the store's. */
class MemoryRecentListsTest extends RecentListsContract {
    @Override
    protected RecentLists emptyLists() {
        return new MemoryRecentLists();
    }
}
