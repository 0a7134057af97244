package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.FakeNotificationQueue;
import java.time.Clock;

/**
 * The notification worker on the fakes, so tests that drive it through them see what production would.
 * Replicas in one process share one fake store and one fake queue.
 */
class FakeNotificationWorkerTest extends NotificationWorkerContract {
    private FakeCallRecordStore store;
    private FakeNotificationQueue queue;

    @Override
    protected void startEmpty() {
        store = new FakeCallRecordStore();
        queue = new FakeNotificationQueue();
    }

    @Override
    protected CallRecordStore store(Clock clock) {
        return store;
    }

    @Override
    protected NotificationQueue queue() {
        return queue;
    }

    @Override
    protected String lastErrorOf(String callRecordId) {
        return queue.lastError(callRecordId);
    }
}
