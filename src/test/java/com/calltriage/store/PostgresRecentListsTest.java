package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lists shown on PostgreSQL, when a server answers: where replicas share them. */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresRecentListsTest extends RecentListsOnDatabase {
}
