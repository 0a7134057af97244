package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.demo.DemoCall;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.SummaryPage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @Test
    void aListReadsNeitherTheRecordAsReceivedNorItsDiagnosis() {
        List<DemoCall> calls = storeDemoCalls();
        Map<String, SummaryPage> before = summariesOfEveryone(calls);
        jdbc.update("UPDATE call_record SET raw_json = 'not a record', diagnosis = 'not a diagnosis'");

        assertThat(summariesOfEveryone(calls)).isEqualTo(before);
    }

    @Test
    void aStaleSummaryIsWorkedOutAgainFromTheRecordAndKeptWhenAListShowsIt() {
        List<DemoCall> calls = storeDemoCalls();
        Map<String, SummaryPage> before = summariesOfEveryone(calls);
        // As the migration that brought the summary columns leaves the rows stored before it.
        jdbc.update("UPDATE call_record SET rule_set_version = NULL, kind = NULL, modalities = NULL, parties = NULL, "
                + "party_count = NULL");
        jdbc.update("UPDATE call_participant SET verdict = NULL, main_cause = NULL");

        assertThat(summariesOfEveryone(calls)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_record WHERE rule_set_version IS NULL "
                + "OR kind IS NULL", Long.class)).isZero();
    }

    private Map<String, SummaryPage> summariesOfEveryone(List<DemoCall> calls) {
        DiagnosisStore diagnoses = (DiagnosisStore) store;
        Map<String, SummaryPage> pages = new TreeMap<>();
        usersOf(calls).forEach(id -> pages.put(id, diagnoses.summariesOfUser(id, Instant.EPOCH, FAR_FUTURE, 500,
                null)));
        return pages;
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
