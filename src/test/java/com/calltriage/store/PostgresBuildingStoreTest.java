package com.calltriage.store;

import com.calltriage.testing.EnabledIfPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The building store contract on PostgreSQL, when {@code CALLTRIAGE_TEST_POSTGRES_URL} names a server. */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresBuildingStoreTest extends BuildingStoreOnDatabase {
}
