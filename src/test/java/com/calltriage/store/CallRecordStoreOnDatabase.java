package com.calltriage.store;

import com.calltriage.callrecord.CallRecordStore;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call record store contract on a database behind {@link JdbcCallRecordStore}: what it keeps is read from
 * its three tables. A subclass is extended with the {@link OwnDatabase} it runs on; each test starts from empty
 * tables.
 */
abstract class CallRecordStoreOnDatabase extends CallRecordStoreContract {
    private DataSource dataSource;
    private JdbcTemplate jdbc;

    /** The database of this class alone. */
    @BeforeAll
    void useItsOwnDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    protected CallRecordStore emptyStore(Clock clock) {
        jdbc.update("DELETE FROM call_participant");
        jdbc.update("DELETE FROM call_record");
        jdbc.update("DELETE FROM known_user");
        return new JdbcCallRecordStore(dataSource, clock);
    }

    @Override
    protected String rawJsonOf(String callId) {
        return jdbc.queryForObject("SELECT raw_json FROM call_record WHERE id = ?", String.class, callId);
    }

    @Override
    protected List<String> indexedKindsOf(String identityId) {
        return jdbc.queryForList("SELECT identity_kind FROM call_participant WHERE identity_id = ?", String.class,
                identityId);
    }

    @Override
    protected long indexedParticipants() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM call_participant", Long.class);
    }

    /** Every row of the three tables, each value as text, so two snapshots compare on any database. */
    @Override
    protected List<List<String>> everythingKept() {
        return List.of(
                rows("SELECT * FROM call_record ORDER BY id"),
                rows("SELECT * FROM call_participant ORDER BY call_id, identity_kind, identity_id"),
                rows("SELECT * FROM known_user ORDER BY id"));
    }

    private List<String> rows(String sql) {
        return jdbc.query(sql, (rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                row.append(rs.getMetaData().getColumnLabel(column)).append('=').append(rs.getString(column))
                        .append(' ');
            }
            return row.toString();
        });
    }
}
