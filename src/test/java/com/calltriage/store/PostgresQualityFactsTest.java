package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The summary's facts on PostgreSQL, when the tests found a server. */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresQualityFactsTest extends QualityFactsOnDatabase {
}
