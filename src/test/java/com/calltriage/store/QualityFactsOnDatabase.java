package com.calltriage.store;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.building.BuildingFileParser;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTrouble;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.QualityRules;
import com.calltriage.summary.CallQualityFacts;
import com.calltriage.summary.Dimension;
import com.calltriage.summary.QualityCounts;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary's facts and totals on a database: written with each record, moved (never doubled) when a record or
 * its diagnosis changes, kept when records expire, filled in for stores from before them; and each manager's
 * morning card claimed once a day across replicas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QualityFactsOnDatabase {
    private static final CallQualityFacts.Key ALL = new CallQualityFacts.Key(Dimension.ALL, Dimension.ALL_VALUE);
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    private final CallRecordParser parser = new CallRecordParser();
    private DataSource dataSource;
    private DatabaseReplicas replicas;
    private JdbcTemplate jdbc;
    private JdbcCallRecordStore store;
    private JdbcSummaryStore summaries;

    @BeforeAll
    void useItsOwnDatabase(DataSource dataSource, DatabaseReplicas replicas) {
        this.dataSource = dataSource;
        this.replicas = replicas;
        jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("quality_hourly", "session_quality", "call_quality", "call_participant",
                "call_record", "known_user", "summary_subscription", "outbox")) {
            jdbc.update("DELETE FROM " + table);
        }
        new JdbcBuildingStore(dataSource).replaceAll(new BuildingFileParser().parse(DemoDataset.buildingFile())
                .buildings());
        store = new JdbcCallRecordStore(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
        summaries = new JdbcSummaryStore(dataSource, new JdbcQualityFacts(dataSource, QualityRules.standard()));
    }

    private void storeAll(List<DemoCall> calls) {
        calls.forEach(c -> store.upsert(parser.parse(c.json()), c.json().toString()));
    }

    private QualityCounts all() {
        return summaries.totals(FROM, TO).getOrDefault(ALL, QualityCounts.NONE);
    }

    @Test
    void eachStoredCallCountsOnceWithItsPeopleBrokenDown() {
        List<DemoCall> calls = demoCalls().subList(0, 30);
        storeAll(calls);
        storeAll(calls);

        assertThat(all().calls()).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_quality", Long.class)).isEqualTo(30);
        assertThat(summaries.totals(FROM, TO).keySet()).extracting(CallQualityFacts.Key::dimension)
                .contains(Dimension.BUILDING, Dimension.CONNECTION, Dimension.CORP, Dimension.VERSION);
    }

    @Test
    void aNewerVersionOfACallMovesTheTotalsInsteadOfAddingToThem() {
        DemoCall good = demoCalls().stream().filter(c -> c.trouble() == DemoTrouble.NONE).findFirst().orElseThrow();
        storeAll(List.of(good));
        QualityCounts before = all();
        ObjectNode failed = good.json().deepCopy();
        failed.put("version", good.json().path("version").asLong() + 1);
        ObjectNode failure = ((ObjectNode) failed.withArray("sessions").get(0)).putObject("failureInfo");
        failure.put("stage", "callSetup");
        failure.put("reason", "Ms-diag 21: the user could not join");

        store.upsert(parser.parse(failed), failed.toString());

        assertThat(before.calls()).isEqualTo(1);
        assertThat(before.setupFailed()).isZero();
        QualityCounts after = all();
        assertThat(after.calls()).isEqualTo(1);
        assertThat(after.poor()).isEqualTo(1);
        assertThat(after.setupFailed()).isEqualTo(1);
    }

    @Test
    void reDiagnosingACallRewritesItsFactsWithoutCountingItAgain() {
        List<DemoCall> calls = demoCalls().subList(0, 20);
        storeAll(calls);
        QualityCounts before = all();
        JdbcCallRecordStore newerRules = new JdbcCallRecordStore(dataSource, Clock.fixed(NOW, ZoneOffset.UTC),
                new CallDiagnoser(QualityRules.withYellowOverrides(Map.of("audio.jitter.average.yellow", 1.0))));

        assertThat(newerRules.refreshStaleDiagnoses()).isEqualTo(20);

        assertThat(all()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_quality", Long.class)).isEqualTo(20);
    }

    @Test
    void aStoreFromBeforeTheFactsIsFilledFromItsRecordsToTheSameTotals() {
        storeAll(demoCalls().subList(0, 45));
        Map<CallQualityFacts.Key, QualityCounts> written = summaries.totals(FROM, TO);
        for (String table : List.of("quality_hourly", "session_quality", "call_quality")) {
            jdbc.update("DELETE FROM " + table);
        }

        int filled = store.refreshStaleDiagnoses();

        assertThat(filled).isEqualTo(45);
        assertThat(summaries.totals(FROM, TO)).isEqualTo(written);
    }

    @Test
    void expiredRecordsTakeTheirFactsButLeaveTheTotals() {
        storeAll(demoCalls().subList(0, 25));
        QualityCounts before = all();

        store.deleteCallsStartedBefore(TO, 1000);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_quality", Long.class)).isZero();
        assertThat(all()).isEqualTo(before);
        assertThat(summaries.deleteTotalsBefore(TO)).isPositive();
        assertThat(all()).isEqualTo(QualityCounts.NONE);
    }

    @Test
    void aMorningCardIsClaimedOnceADayAcrossReplicas() {
        JdbcSummaryStore other = new JdbcSummaryStore(replicas.second(), new JdbcQualityFacts(replicas.second(),
                QualityRules.standard()));
        LocalDate day = LocalDate.parse("2026-11-21");

        assertThat(summaries.claimDay("Tenant", "Maria", day)).isTrue();
        assertThat(other.claimDay("tenant", "maria", day)).isFalse();
        assertThat(summaries.claimDay("tenant", "maria", day)).isFalse();
        assertThat(other.claimDay("tenant", "maria", day.plusDays(1))).isTrue();
    }

    @Test
    void aManagerWhoTurnedItOffIsNeverClaimed() {
        summaries.setPaused("tenant", "maria", true);

        assertThat(summaries.paused("tenant", "maria")).isTrue();
        assertThat(summaries.claimDay("tenant", "maria", LocalDate.parse("2026-11-21"))).isFalse();
        summaries.setPaused("tenant", "maria", false);
        assertThat(summaries.claimDay("tenant", "maria", LocalDate.parse("2026-11-21"))).isTrue();
    }

    @Test
    void aMorningCardIsQueuedInTheTransactionThatClaimsItsDay() {
        LocalDate day = LocalDate.parse("2026-11-21");
        Outbox outbox = new JdbcOutbox(dataSource);
        OutgoingMessage card = new OutgoingMessage("summary:tenant:maria:" + day,
                OutgoingMessage.Target.personalChat("tenant", "maria"), "{\"type\":\"message\"}");

        assertThatThrownBy(() -> summaries.claimDayAndQueue("tenant", "maria", day, dyingAfterQueuing(outbox),
                () -> card, NOW)).hasMessageContaining("dies");
        assertThat(queued(card.key())).as("the card queued by the replica that died").isZero();

        assertThat(summaries.claimDayAndQueue("tenant", "maria", day, outbox, () -> card, NOW)).isTrue();
        assertThat(summaries.claimDayAndQueue("tenant", "maria", day, outbox, () -> card, NOW)).isFalse();
        assertThat(queued(card.key())).isOne();
    }

    private long queued(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE message_key = ?", Long.class, key);
    }

    /** The outbox as seen by a replica that dies right after queuing, before its transaction commits. */
    private static Outbox dyingAfterQueuing(Outbox outbox) {
        return (Outbox) Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(outbox, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("enqueue")) {
                        throw new IllegalStateException("the replica dies here");
                    }
                    return result;
                });
    }
}
