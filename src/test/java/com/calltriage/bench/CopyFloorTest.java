package com.calltriage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.EnabledIfPostgres;
import com.calltriage.testing.PostgresAvailable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's floor copies every record of a tenant's pages, split days included, from a file it then deletes. */
@EnabledIfPostgres
class CopyFloorTest {
    private static final String SCHEMA = "copy_floor_test";

    @TempDir
    Path folder;

    @Test
    void copiesEveryRecordOfEveryPageAndDeletesItsText() throws IOException, SQLException {
        Path tenant = folder.resolve("tenant");
        int written;
        try (DemoDataset dataset = DemoDataset.in(tenant)) {
            // A weekday of three thousand people is more than a page.
            new DemoCallGenerator(new DemoTenant(3000), DemoCallGenerator.DEFAULT_SEED, DemoFixtures.NOW, 2)
                    .generate(dataset::write);
            written = dataset.calls();
        }

        CopyFloor floor = CopyFloor.of(tenant);
        try (Connection connection = DriverManager.getConnection(PostgresAvailable.url().orElseThrow());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            try {
                long nanos = floor.copyInto(connection, SCHEMA);

                assertThat(nanos).isPositive();
                assertThat(floor.records()).isEqualTo(written).isGreaterThan(DemoDataset.PAGE_SIZE);
                assertThat(rows(statement, "SELECT count(DISTINCT id) FROM " + SCHEMA + ".copy_floor"))
                        .isEqualTo(written);
                assertThat(rows(statement, "SELECT sum(octet_length(id) + octet_length(raw_json) + 2) FROM "
                        + SCHEMA + ".copy_floor")).isEqualTo(floor.bytes());
            } finally {
                statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).extracting(path -> path.getFileName().toString()).containsExactly("tenant");
        }
    }

    private static long rows(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
