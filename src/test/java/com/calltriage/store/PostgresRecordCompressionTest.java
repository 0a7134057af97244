package com.calltriage.store;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.EnabledIfPostgres;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL, the records' JSON is written compressed with LZ4 (migration V14), and reads back as it was sent. */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
class PostgresRecordCompressionTest {
    private DataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void migrated(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void theRecordColumnsAreSetToLz4() {
        List<String> compressed = jdbc.queryForList("SELECT attname FROM pg_attribute "
                + "WHERE attrelid = 'call_record'::regclass AND attcompression = 'l' ORDER BY attname", String.class);

        assertThat(compressed).containsExactly("diagnosis", "parties", "raw_json");
    }

    @Test
    void aRecordLargeEnoughToBeCompressedIsStoredWithLz4AndReadsBackWhole() {
        CallRecordJson call = call("lz4-call").with(alice(), bob());
        // Padding that compresses well: PostgreSQL compresses a value once its row passes about 2 KB.
        String json = call.node().put("padding", "x".repeat(20_000)).toString();
        JdbcCallRecordStore store = new JdbcCallRecordStore(dataSource, Clock.systemUTC());

        store.upsert(call.record(), json);

        assertThat(jdbc.queryForObject("SELECT pg_column_compression(raw_json) FROM call_record WHERE id = ?",
                String.class, "lz4-call")).isEqualTo("lz4");
        assertThat(jdbc.queryForObject("SELECT raw_json FROM call_record WHERE id = ?", String.class, "lz4-call"))
                .isEqualTo(json);
        CallRecord read = store.findById("lz4-call").orElseThrow();
        assertThat(read.id()).isEqualTo("lz4-call");
    }
}
