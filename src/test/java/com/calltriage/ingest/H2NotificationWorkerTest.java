package com.calltriage.ingest;

import com.calltriage.store.OwnDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notification worker on H2, the default database: always runs. */
@ExtendWith(OwnDatabase.H2.class)
class H2NotificationWorkerTest extends NotificationWorkerOnDatabase {
}
