package com.calltriage.jobs;

import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.DiagnosisStore.RefreshedBatch;
import com.calltriage.quality.QualityRules;
import com.calltriage.quality.SummaryPage;
import com.calltriage.replicas.OnceAcrossReplicas;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.testing.H2Database;
import com.calltriage.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stale diagnoses are recomputed in the background, batch by batch, by the one replica holding the lock. */
class DiagnosisRefresherTest {
    private static final QualityRules STRICTER = QualityRules.withYellowOverrides(
            Map.of("audio.jitter.average.yellow", 1.0));
    private static final LockProvider ALWAYS_FREE = configuration -> Optional.of(() -> { });
    private static final LockProvider HELD_ELSEWHERE = configuration -> Optional.empty();

    private final H2Database database = H2Database.migrated();
    private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));

    @BeforeEach
    void everyDemoCallStoredUnderTheStandardRules() {
        JdbcCallRecordStore standard = new JdbcCallRecordStore(database.dataSource(), clock,
                new CallDiagnoser(QualityRules.standard()));
        CallRecordParser parser = new CallRecordParser();
        demoCalls().forEach(c -> standard.upsert(parser.parse(c.json()), c.json().toString()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void oneRoundRecomputesEveryStaleDiagnosisAndThenTheReplicaStopsLooking() {
        DiagnosisRefresher refresher = refresher(ALWAYS_FREE, clock);

        refresher.refreshInTheBackground();

        assertThat(staleCalls()).isZero();
        assertThat(refresher.done()).isTrue();
    }

    @Test
    void aRoundWhoseTimeIsUpLeavesTheRestToTheNextWhichCarriesOnWhereItStopped() {
        DiagnosisRefresher refresher = refresher(ALWAYS_FREE, new ClockMovingOnEachReading(clock,
                DiagnosisRefresher.ROUND));
        long before = staleCalls();

        refresher.refreshInTheBackground();

        assertThat(staleCalls()).isEqualTo(before - 200);
        assertThat(refresher.done()).isFalse();
        refresher.refreshInTheBackground();
        refresher.refreshInTheBackground();
        assertThat(staleCalls()).isZero();
    }

    @Test
    void whileAnotherReplicaHoldsTheLockThisOneRecomputesNothing() {
        long before = staleCalls();
        DiagnosisRefresher refresher = refresher(HELD_ELSEWHERE, clock);

        refresher.refreshInTheBackground();

        assertThat(staleCalls()).isEqualTo(before).isPositive();
        assertThat(refresher.done()).isFalse();
    }

    @Test
    void stoppingWaitsForTheBatchUnderWayAndReleasesTheLockBeforeTheStoreCloses() throws Exception {
        CountDownLatch batchStarted = new CountDownLatch(1);
        CountDownLatch finishBatch = new CountDownLatch(1);
        AtomicBoolean batchDone = new AtomicBoolean();
        AtomicBoolean unlocked = new AtomicBoolean();
        DiagnosisStore slowBatches = new DiagnosisStore() {
            @Override
            public Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds) {
                return Map.of();
            }

            @Override
            public SummaryPage summariesOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
                return new SummaryPage(List.of(), Optional.empty(), 0);
            }

            @Override
            public RefreshedBatch refreshStaleDiagnoses(String after, int limit) {
                batchStarted.countDown();
                // A JDBC call goes on through an interrupt, as this one does, and leaves it set.
                boolean interrupted = false;
                while (true) {
                    try {
                        finishBatch.await();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                batchDone.set(true);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return new RefreshedBatch(limit, after + "x");
            }
        };
        LockProvider recordingUnlock = configuration -> Optional.of(() -> unlocked.set(true));
        DiagnosisRefresher refresher = new DiagnosisRefresher(slowBatches,
                new OnceAcrossReplicas(new DefaultLockingTaskExecutor(recordingUnlock)), Clock.systemUTC());
        refresher.start();
        assertThat(batchStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(refresher::stop);
        stopping.start();
        Thread.sleep(200);
        assertThat(stopping.isAlive()).as("stop waits for the batch").isTrue();
        finishBatch.countDown();
        stopping.join(10_000);

        assertThat(stopping.isAlive()).isFalse();
        assertThat(batchDone).isTrue();
        assertThat(unlocked).as("the lock released, not left to expire").isTrue();
        assertThat(refresher.isRunning()).isFalse();
    }

    private DiagnosisRefresher refresher(LockProvider locks, Clock roundClock) {
        return new DiagnosisRefresher(new JdbcCallRecordStore(database.dataSource(), clock,
                new CallDiagnoser(STRICTER)), new OnceAcrossReplicas(new DefaultLockingTaskExecutor(locks)),
                roundClock);
    }

    private long staleCalls() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM call_record WHERE rule_set_version <> ?", Long.class,
                STRICTER.version());
    }

    /** A clock that moves a step forward each time it is read: every batch takes that long. */
    private static final class ClockMovingOnEachReading extends Clock {
        private final TestClock clock;
        private final Duration step;

        ClockMovingOnEachReading(TestClock clock, Duration step) {
            this.clock = clock;
            this.step = step;
        }

        @Override
        public Instant instant() {
            clock.advance(step);
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
