package com.calltriage.jobs;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.config.CallTriageProperties;
import com.calltriage.replicas.OnceAcrossReplicas;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.FakeCallRecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/** Call records older than the store's retention are deleted, all of them, by the one replica holding the lock. */
class CallRecordRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final LockProvider ALWAYS_FREE = configuration -> Optional.of(() -> { });
    private static final LockProvider HELD_ELSEWHERE = configuration -> Optional.empty();

    private final FakeCallRecordStore store = new FakeCallRecordStore();

    @Test
    void everyCallOlderThanTheRetentionGoesInBatchesAndNewerOnesStay() {
        for (int i = 0; i < CallRecordRetention.BATCH + 20; i++) {
            stored(call(String.format("call-old-%04d", i)).startingAt(NOW.minus(Duration.ofDays(31)).plusSeconds(i)));
        }
        stored(call("call-kept").startingAt(NOW.minus(Duration.ofDays(29))));

        int deleted = retention(ALWAYS_FREE, "30d").purge();

        assertThat(deleted).isEqualTo(CallRecordRetention.BATCH + 20);
        assertThat(store.countCalls()).isEqualTo(1);
        assertThat(store.findById("call-kept")).isPresent();
    }

    @Test
    void aLongerRetentionKeepsMore() {
        stored(call("call-40-days").startingAt(NOW.minus(Duration.ofDays(40))));

        retention(ALWAYS_FREE, "90d").deleteExpired();

        assertThat(store.findById("call-40-days")).isPresent();
    }

    @Test
    void whileAnotherReplicaHoldsTheLockThisOneDeletesNothing() {
        stored(call("call-old").startingAt(NOW.minus(Duration.ofDays(60))));

        retention(HELD_ELSEWHERE, "30d").deleteExpired();

        assertThat(store.findById("call-old")).isPresent();
    }

    private CallRecordRetention retention(LockProvider locks, String keep) {
        CallTriageProperties properties = Binder.get(new MockEnvironment().withProperty("calltriage.store.retention",
                keep)).bindOrCreate("calltriage", CallTriageProperties.class);
        return new CallRecordRetention(store, new OnceAcrossReplicas(new DefaultLockingTaskExecutor(locks)), properties,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void stored(CallRecordJson record) {
        record.with(alice());
        store.upsert(record.record(), record.json());
    }
}
