package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.EnabledIfPostgres;
import com.calltriage.testing.GraphUser;
import com.github.benmanes.caffeine.cache.Ticker;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two replicas' caches on one PostgreSQL store: a record stored through one drops the other's stale entries within
 * two seconds, through LISTEN/NOTIFY, even after the listening connection was cut.
 */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCacheDropsTest {
    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-21T16:00:00Z");
    private static final String ALICE = GraphUser.alice().id();

    private DataSource firstData;
    private DataSource secondData;
    private PostgresCacheDrops firstDrops;
    private PostgresCacheDrops secondDrops;
    private CachingCallRecordStore first;
    private CachingCallRecordStore second;

    @BeforeEach
    void twoReplicasEachWithItsCache(DatabaseReplicas replicas) {
        JdbcTemplate jdbc = new JdbcTemplate(replicas.emptied("call_participant"));
        jdbc.update("DELETE FROM call_record");
        jdbc.update("DELETE FROM known_user");
        firstData = replicas.emptied("call_participant");
        secondData = replicas.second();
        firstDrops = drops(firstData);
        secondDrops = drops(secondData);
        first = cached(firstData, firstDrops);
        second = cached(secondData, secondDrops);
        await().atMost(WITHIN).until(() -> firstDrops.isListening() && secondDrops.isListening());
    }

    @AfterEach
    void stopListening() {
        firstDrops.close();
        secondDrops.close();
    }

    @Test
    void aNewerVersionStoredOnOneReplicaReplacesTheRecordTheOtherHadCached() {
        store(first, CallRecordJson.call("call-1").with(GraphUser.alice(), GraphUser.bob()));
        assertThat(second.findById("call-1")).get().extracting(CallRecord::version).isEqualTo(1L);

        store(first, CallRecordJson.call("call-1").version(2).with(GraphUser.alice(), GraphUser.bob()));

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(second.findById("call-1")).get().extracting(CallRecord::version).isEqualTo(2L));
    }

    @Test
    void aNewCallStoredOnOneReplicaAppearsInTheListTheOtherHadCached() {
        store(first, CallRecordJson.call("call-1").with(GraphUser.alice(), GraphUser.bob())
                .startingAt("2026-11-10T09:00:00Z"));
        assertThat(second.findCallsOfUser(ALICE, FROM, TO, 10, null).calls()).hasSize(1);

        store(first, CallRecordJson.call("call-2").with(GraphUser.alice(), GraphUser.carol())
                .startingAt("2026-11-12T09:00:00Z"));

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(second.findCallsOfUser(ALICE, FROM, TO, 10, null).calls()).extracting(CallRecord::id)
                        .containsExactly("call-2", "call-1"));
    }

    @Test
    void aReplicaWhoseListeningConnectionWasCutHearsDropsAgainAfterReconnecting() {
        store(first, CallRecordJson.call("call-1").with(GraphUser.alice(), GraphUser.bob()));
        assertThat(second.findById("call-1")).get().extracting(CallRecord::version).isEqualTo(1L);

        new JdbcTemplate(firstData).queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = ?", secondDrops.connectionName());
        await().atMost(Duration.ofSeconds(5)).until(() -> !secondDrops.isListening());
        await().atMost(Duration.ofSeconds(5)).until(secondDrops::isListening);
        store(first, CallRecordJson.call("call-1").version(2).with(GraphUser.alice(), GraphUser.bob()));

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(second.findById("call-1")).get().extracting(CallRecord::version).isEqualTo(2L));
    }

    private static PostgresCacheDrops drops(DataSource dataSource) {
        return new PostgresCacheDrops(dataSource, ((HikariDataSource) dataSource).getJdbcUrl(), null, null,
                Duration.ofMillis(100), Duration.ofMillis(200));
    }

    private static CachingCallRecordStore cached(DataSource dataSource, PostgresCacheDrops drops) {
        CachingCallRecordStore store = new CachingCallRecordStore(new JdbcCallRecordStore(dataSource,
                Clock.systemUTC()), Duration.ofMinutes(5), 1_000, Ticker.systemTicker(), drops);
        drops.listen(store::drop);
        return store;
    }

    private static void store(CachingCallRecordStore store, CallRecordJson call) {
        store.upsert(call.record(), call.json());
    }
}
