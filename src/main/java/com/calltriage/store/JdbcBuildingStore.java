package com.calltriage.store;

import com.calltriage.building.Building;
import com.calltriage.building.BuildingStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The building file on JDBC (H2 or PostgreSQL): a replacement deletes and inserts in one transaction. */
public class JdbcBuildingStore implements BuildingStore {
    private static final String COLUMNS = "network_ip, network_name, network_range, building_name, ownership_type, "
            + "building_type, building_office_type, city, zip_code, country, state, region, inside_corp, "
            + "express_route, vpn";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcBuildingStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void replaceAll(List<Building> buildings) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < buildings.size(); i++) {
            Building b = buildings.get(i);
            rows.add(new Object[] {b.networkIp(), b.networkName(), b.networkRange(), b.buildingName(),
                b.ownershipType(), b.buildingType(), b.buildingOfficeType(), b.city(), b.zipCode(), b.country(),
                b.state(), b.region(), b.insideCorp(), b.expressRoute(), b.vpn(), i});
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE building_file SET generation = generation + 1 WHERE id = 1");
            jdbc.update("DELETE FROM building_network");
            jdbc.batchUpdate("INSERT INTO building_network (" + COLUMNS + ", file_order) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        });
    }

    @Override
    public List<Building> findAll() {
        return List.copyOf(jdbc.query("SELECT " + COLUMNS + " FROM building_network ORDER BY file_order",
                JdbcBuildingStore::building));
    }

    private static Building building(ResultSet rs, int row) throws SQLException {
        return new Building(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15));
    }
}
