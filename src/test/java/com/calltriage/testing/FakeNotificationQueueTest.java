package com.calltriage.testing;

import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.NotificationQueueContract;

/** The fake answers as the database does, so tests that use it see what production would. */
class FakeNotificationQueueTest extends NotificationQueueContract {

    @Override
    protected NotificationQueue emptyQueue() {
        return new FakeNotificationQueue();
    }
}
