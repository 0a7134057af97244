package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tickets' contract on PostgreSQL, when a server answers: where replicas share one database. */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresEscalationsTest extends EscalationsOnDatabase {
}
