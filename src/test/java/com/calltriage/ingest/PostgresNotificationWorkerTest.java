package com.calltriage.ingest;

import com.calltriage.store.OwnDatabase;
import com.calltriage.store.PostgresSchema;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification worker on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server: where
 * replicas share one database, so two workers claiming at once matter most.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresNotificationWorkerTest extends NotificationWorkerOnDatabase {
}
