package com.calltriage.ingest;

import com.calltriage.store.OwnDatabase;
import com.calltriage.store.PostgresSchema;
import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification worker on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server: where
 * replicas share one database, so two workers claiming at once matter most.
 */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresNotificationWorkerTest extends NotificationWorkerOnDatabase {
}
