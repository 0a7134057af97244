package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox contract on PostgreSQL, when a server answers: where replicas share one database, so two of them
 * queuing or claiming at once matter most.
 */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresOutboxTest extends OutboxOnDatabase {
}
