package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.demo.DemoCall;
import com.calltriage.quality.SummaryPage;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.EnabledIfPostgres;
import com.calltriage.testing.H2Database;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V17 numbers every stored record and re-keys the rows derived from it by that number: a store filled before it
 * keeps every row, each row finds its record by the number, and the store works on it as on a new one.
 */
class RecordNumbersMigrationTest {
    private static final CallRecordParser PARSER = new CallRecordParser();
    private static final String ALICE = DemoFixtures.objectId("alice");

    @Test
    void onH2EveryRowKeepsItsRecordAndTheStoreWorksOnIt() {
        try (H2Database database = H2Database.migratedTo("16")) {
            checkMigration(database.dataSource(), database::migrate);
        }
    }

    @Nested
    @EnabledIfPostgres
    class OnPostgres {
        @Test
        void everyRowKeepsItsRecordAndTheStoreWorksOnIt() throws Exception {
            try (PostgresSchema database = PostgresSchema.migratedTo("16")) {
                checkMigration(database.dataSource(), database::migrate);
            }
        }
    }

    private static void checkMigration(DataSource dataSource, Runnable migrate) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<DemoCall> calls = DemoFixtures.demoCalls();
        long participants = 0;
        for (DemoCall call : calls) {
            participants += storeAsBefore(jdbc, call);
        }

        migrate.run();

        assertThat(count(jdbc, "SELECT COUNT(DISTINCT seq) FROM call_record")).isEqualTo(calls.size());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM call_participant p JOIN call_record r ON r.seq = p.call_seq "
                + "AND r.id = p.call_id")).isEqualTo(participants);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM call_quality q JOIN call_record r ON r.seq = q.call_seq "
                + "AND r.id = q.call_id")).isEqualTo(calls.size());
        assertThat(count(jdbc, "SELECT COUNT(*) FROM session_quality s JOIN call_record r ON r.seq = s.call_seq "
                + "AND r.id = s.call_id")).isEqualTo(calls.size());

        Clock clock = Clock.fixed(DemoFixtures.NOW, ZoneOffset.UTC);
        JdbcCallRecordStore store = new JdbcCallRecordStore(dataSource, clock);
        long alicesCalls = calls.stream().filter(call -> participantsOf(call).stream()
                .anyMatch(identity -> identity.id().equals(ALICE))).count();
        SummaryPage listed = store.summariesOfUser(ALICE, DemoFixtures.NOW.minus(Duration.ofDays(365)),
                DemoFixtures.NOW, 1_000, null);
        assertThat(listed.calls()).hasSize((int) alicesCalls);
        // Listing the stale calls rated them again: their facts were replaced, one row each still.
        assertThat(count(jdbc, "SELECT COUNT(*) FROM call_quality")).isEqualTo(calls.size());

        long highest = count(jdbc, "SELECT MAX(seq) FROM call_record");
        DemoCall first = calls.get(0);
        String newId = "after-the-migration";
        String json = first.json().deepCopy().put("id", newId).toString();
        store.upsert(PARSER.parse(first.json().deepCopy().put("id", newId)), json);
        assertThat(count(jdbc, "SELECT seq FROM call_record WHERE id = '" + newId + "'")).isGreaterThan(highest);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM call_participant WHERE call_id = '" + newId + "'"))
                .isEqualTo(participantsOf(first).size());
    }

    /** The rows V16 kept of a call: the record (stale: no rating yet), its participants, one fact and one side. */
    private static long storeAsBefore(JdbcTemplate jdbc, DemoCall call) {
        CallRecord record = PARSER.parse(call.json());
        long start = record.start().toEpochMilli();
        jdbc.update("INSERT INTO call_record (id, version, start_ms, raw_json, stored_ms) VALUES (?, ?, ?, ?, ?)",
                record.id(), record.version(), start, call.json().toString(), start);
        List<Identity> participants = participantsOf(call);
        for (Identity identity : participants) {
            jdbc.update("INSERT INTO call_participant (call_id, identity_kind, identity_id, start_ms) "
                    + "VALUES (?, ?, ?, ?)", record.id(), identity.kind().name(), identity.id(), start);
        }
        jdbc.update("INSERT INTO call_quality (call_id, start_ms, verdict, setup_failed, dropped, audio_good, "
                + "audio_poor) VALUES (?, ?, 'GOOD', FALSE, FALSE, 1, 0)", record.id(), start);
        jdbc.update("INSERT INTO session_quality (call_id, session_id, side, start_ms, verdict, poor, setup_failed, "
                + "dropped, audio_good, audio_poor, vpn) VALUES (?, 's', 'caller', ?, 'GOOD', FALSE, FALSE, FALSE, 1, "
                + "0, FALSE)", record.id(), start);
        return participants.size();
    }

    private static List<Identity> participantsOf(DemoCall call) {
        return CallParticipants.of(PARSER.parse(call.json()));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Map<String, Object> row = jdbc.queryForMap(sql);
        return ((Number) row.values().iterator().next()).longValue();
    }
}
