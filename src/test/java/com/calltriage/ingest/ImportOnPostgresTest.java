package com.calltriage.ingest;

import static com.calltriage.testing.DemoFixtures.demoCallsOnePerFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.demo.DemoCall;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.store.OwnDatabase;
import com.calltriage.testing.EnabledIfPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the importer stores two batches side by side: every record is stored once, and the hourly totals the
 * two transactions add to at the same moment count every call once.
 */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class ImportOnPostgresTest {
    private DataSource dataSource;
    private JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void migrated(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void twoBatchesStoredSideBySideStoreEveryCallOnceAndTotalEachOnce() throws IOException {
        List<DemoCall> calls = demoCallsOnePerFile(folder);
        assertThat(calls.size()).as("two batches at least").isGreaterThan(CallRecordImporter.BATCH);
        JdbcCallRecordStore store = new JdbcCallRecordStore(dataSource, Clock.systemUTC());
        assertThat(store.writersAtOnce()).isEqualTo(2);

        ImportReport report = new CallRecordImporter(store).importPaths(List.of(folder), line -> { });

        assertThat(report.count(UpsertOutcome.INSERTED)).isEqualTo(calls.size());
        assertThat(report.rejected()).isZero();
        assertThat(count("SELECT COUNT(*) FROM call_record")).isEqualTo(calls.size());
        assertThat(count("SELECT COUNT(*) FROM call_quality")).isEqualTo(calls.size());
        assertThat(count("SELECT SUM(calls) FROM quality_hourly WHERE building = '' AND dimension = 'all'"))
                .isEqualTo(calls.size());
        assertThat(count("SELECT SUM(calls) FROM quality_hourly WHERE building = '' AND dimension = 'all' "
                + "AND hour_ms < 0")).isZero();
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
