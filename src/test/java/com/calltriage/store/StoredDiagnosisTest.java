package com.calltriage.store;

import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoTrouble;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.Verdict;
import com.calltriage.testing.H2Database;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Diagnoses are made when a record is stored, kept with their rule-set version, and recomputed when it changes. */
class StoredDiagnosisTest {
    private static final QualityRules STRICTER = QualityRules.withYellowOverrides(
            Map.of("audio.jitter.average.yellow", 1.0));

    private final H2Database database = H2Database.migrated();
    private final CallRecordParser parser = new CallRecordParser();
    private final List<DemoCall> calls = demoCalls().subList(0, 40);

    @AfterEach
    void close() {
        database.close();
    }

    private JdbcCallRecordStore store(QualityRules rules) {
        return new JdbcCallRecordStore(database.dataSource(), Clock.systemUTC(), new CallDiagnoser(rules));
    }

    private void storeAll(JdbcCallRecordStore store) {
        calls.forEach(c -> store.upsert(parser.parse(c.json()), c.json().toString()));
    }

    @Test
    void theDiagnosisIsStoredWithTheRecordAndItsRuleSetVersion() {
        storeAll(store(QualityRules.standard()));
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        assertThat(jdbc.queryForList("SELECT DISTINCT rule_set_version FROM call_record", String.class))
                .containsExactly(QualityRules.BASE_VERSION);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_record WHERE diagnosis IS NULL", Long.class))
                .isZero();
    }

    @Test
    void storedDiagnosesAreReadBackAsTheyWereMade() {
        JdbcCallRecordStore store = store(QualityRules.standard());
        storeAll(store);
        DemoCall troubled = calls.stream().filter(c -> c.trouble() == DemoTrouble.DEVICE_NOT_FUNCTIONING
                || c.trouble() == DemoTrouble.WIFI_JITTER || c.trouble() == DemoTrouble.CALL_SETUP_FAILURE)
                .findFirst().orElseThrow();
        CallDiagnosis read = store.diagnosesOf(List.of(troubled.id())).get(troubled.id());
        CallDiagnosis fresh = new CallDiagnoser(QualityRules.standard()).diagnose(parser.parse(troubled.json()));
        assertThat(read).isEqualTo(fresh);
        assertThat(read.call().verdict()).isEqualTo(Verdict.POOR);
    }

    @Test
    void aNewRuleSetRecomputesStaleDiagnosesWithoutTouchingTheRecords() {
        storeAll(store(QualityRules.standard()));
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        List<String> rawBefore = jdbc.queryForList("SELECT raw_json FROM call_record ORDER BY id", String.class);

        JdbcCallRecordStore stricter = store(STRICTER);
        assertThat(stricter.refreshStaleDiagnoses()).isEqualTo(calls.size());
        assertThat(stricter.refreshStaleDiagnoses()).isZero();

        assertThat(jdbc.queryForList("SELECT DISTINCT rule_set_version FROM call_record", String.class))
                .containsExactly(STRICTER.version());
        assertThat(jdbc.queryForList("SELECT raw_json FROM call_record ORDER BY id", String.class))
                .isEqualTo(rawBefore);
    }

    @Test
    void aStaleDiagnosisIsRecomputedWhenAskedFor() {
        storeAll(store(QualityRules.standard()));
        DemoCall good = calls.stream().filter(c -> c.trouble() == DemoTrouble.NONE).findFirst().orElseThrow();

        CallDiagnosis read = store(STRICTER).diagnosesOf(List.of(good.id())).get(good.id());

        assertThat(read.ruleSetVersion()).isEqualTo(STRICTER.version());
        assertThat(read.call().reasons()).extracting(r -> r.ruleId()).contains("audio.jitter.average.yellow");
    }

    @Test
    void unknownCallsAreLeftOut() {
        assertThat(store(QualityRules.standard()).diagnosesOf(List.of("no-such-call"))).isEmpty();
    }
}
