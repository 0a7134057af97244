package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.testing.EnabledIfPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class BulkInsertTest {
    private static final List<String> COLUMNS = List.of("call_seq", "call_id", "identity_kind", "identity_id",
            "start_ms", "verdict", "main_cause");
    private static final String AWKWARD = "tab\there, line\nbreak, return\r, back\\slash, \\N, \"quoted\", Zoë 通話";

    @Test
    void copyTextSeparatesValuesByTabsAndRowsByLinesWithNullAsBackslashN() {
        String text = BulkInsert.copyText(List.of(new Object[] {"a", 1L, true, null}, new Object[] {"b", 22, false,
            "x"}));

        assertThat(text).isEqualTo("a\t1\tt\t\\N\nb\t22\tf\tx\n");
    }

    @Test
    void copyTextEscapesTheCharactersCopyReadsSpecially() {
        assertThat(BulkInsert.copyText(List.<Object[]>of(new Object[] {"a\tb\nc\rd\\e"})))
                .isEqualTo("a\\tb\\nc\\rd\\\\e\n");
    }

    @Test
    void aValueOfAnotherTypeIsRefusedRatherThanWrittenAsItsToString() {
        assertThatThrownBy(() -> BulkInsert.copyText(List.<Object[]>of(new Object[] {new Object()})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The same rows, whichever way the database takes them, read back as they were given. */
    abstract static class OnDatabase {
        private JdbcTemplate jdbc;
        private TransactionTemplate transactions;

        @BeforeEach
        void opened(DataSource dataSource) {
            jdbc = new JdbcTemplate(dataSource);
            transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @Test
        void everyRowIsReadBackAsItWasGivenAwkwardCharactersIncluded() {
            long seq = record("c");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                rows.add(new Object[] {seq, "c", "USER", "user-" + i, 1_000L + i, i % 2 == 0 ? null : "POOR", AWKWARD + i});
            }

            new BulkInsert(jdbc).into("call_participant", COLUMNS, rows);

            List<Map<String, Object>> read = jdbc.queryForList("SELECT identity_id, start_ms, verdict, main_cause "
                    + "FROM call_participant ORDER BY start_ms");
            assertThat(read).hasSize(1_000);
            Map<String, Object> seventh = read.get(7);
            assertThat(seventh.get("identity_id")).isEqualTo("user-7");
            assertThat(((Number) seventh.get("start_ms")).longValue()).isEqualTo(1_007L);
            assertThat(seventh.get("verdict")).isEqualTo("POOR");
            assertThat(seventh.get("main_cause")).isEqualTo(AWKWARD + 7);
            assertThat(read.get(8).get("verdict")).isNull();
        }

        @Test
        void aDuplicateKeyFailsTheTransactionAsADuplicateKeyAndLeavesNoRow() {
            Object[] row = {record("d"), "d", "USER", "same", 1L, null, null};

            assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                    new BulkInsert(jdbc).into("call_participant", COLUMNS, List.of(row, row))))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_participant WHERE call_id = 'd'", Integer.class))
                    .isZero();
        }

        /** Stores a bare record with this id; returns the number the database gave it. */
        private long record(String id) {
            jdbc.update("INSERT INTO call_record (id, version, start_ms, raw_json, stored_ms) VALUES (?, 1, 0, '{}', 0)",
                    id);
            return jdbc.queryForObject("SELECT seq FROM call_record WHERE id = ?", Long.class, id);
        }
    }

    /** A batch of INSERTs. */
    @Nested
    @ExtendWith(OwnDatabase.H2.class)
    class OnH2 extends OnDatabase {
    }

    /** One COPY. */
    @Nested
    @EnabledIfPostgres
    @ExtendWith(OwnDatabase.Postgres.class)
    class OnPostgres extends OnDatabase {
    }
}
