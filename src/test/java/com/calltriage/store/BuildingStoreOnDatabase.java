package com.calltriage.store;

import com.calltriage.building.BuildingStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The building store contract on a database behind {@link JdbcBuildingStore}. A subclass is extended with the
 * {@link OwnDatabase} it runs on; each test starts without a building file.
 */
abstract class BuildingStoreOnDatabase extends BuildingStoreContract {
    private DataSource dataSource;

    /** The database of this class alone. */
    @BeforeAll
    void useItsOwnDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected BuildingStore emptyStore() {
        new JdbcTemplate(dataSource).update("DELETE FROM building_network");
        return new JdbcBuildingStore(dataSource);
    }
}
