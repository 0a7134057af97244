package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.SummaryPage;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingCallRecordStoreTest {
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-21T16:00:30Z");
    private static final String ALICE = GraphUser.alice().id();
    private static final String CAROL = GraphUser.carol().id();

    private final CountingStore store = new CountingStore();
    private final TestClock clock = new TestClock(TO);
    private final CachingCallRecordStore cache = new CachingCallRecordStore(store, Duration.ofMinutes(5), 1000,
            clock);

    @BeforeEach
    void aliceAndBobTalkedAndBobAndCarolToo() {
        store(CallRecordJson.call("call-1").with(GraphUser.alice(), GraphUser.bob()));
        store(CallRecordJson.call("call-2").with(GraphUser.bob(), GraphUser.carol()));
        store.lookups.set(0);
    }

    @Test
    void aRepeatedQuestionWithinAMinuteIsAnsweredFromMemory() {
        cache.findCallsOfUser(ALICE, FROM, TO, 10, null);
        CallPage again = cache.findCallsOfUser(ALICE, FROM, TO.plusSeconds(20), 10, null);
        assertThat(again.calls()).extracting(CallRecord::id).containsExactly("call-1");
        assertThat(store.lookups).hasValue(1);
        assertThat(cache.caches().get("calls.lists").stats().hitCount()).isEqualTo(1);
    }

    @Test
    void aNewRecordForAUserDropsThatUsersListsButNotOthers() {
        cache.findCallsOfUser(ALICE, FROM, TO, 10, null);
        cache.findCallsOfUser(CAROL, FROM, TO, 10, null);
        store(CallRecordJson.call("call-3").with(GraphUser.alice(), GraphUser.bob())
                .startingAt("2026-11-19T09:00:00Z"));
        store.lookups.set(0);

        assertThat(cache.findCallsOfUser(ALICE, FROM, TO, 10, null).calls()).extracting(CallRecord::id)
                .containsExactly("call-3", "call-1");
        cache.findCallsOfUser(CAROL, FROM, TO, 10, null);
        assertThat(store.lookups).hasValue(1);
    }

    @Test
    void aNewerVersionDropsTheRecordAndItsDiagnosis() {
        cache.findById("call-1");
        cache.diagnosesOf(List.of("call-1"));
        store(CallRecordJson.call("call-1").version(2).with(GraphUser.alice(), GraphUser.bob()));
        assertThat(cache.findById("call-1")).get().extracting(CallRecord::version).isEqualTo(2L);
        store.lookups.set(0);
        cache.diagnosesOf(List.of("call-1"));
        assertThat(store.lookups).hasValue(1);
    }

    @Test
    void anUnchangedRecordKeepsTheCache() {
        cache.findCallsOfUser(ALICE, FROM, TO, 10, null);
        store(CallRecordJson.call("call-1").with(GraphUser.alice(), GraphUser.bob()));
        store.lookups.set(0);
        cache.findCallsOfUser(ALICE, FROM, TO, 10, null);
        assertThat(store.lookups).hasValue(0);
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        cache.findUsers("alice", 10);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        cache.findUsers("alice", 10);
        assertThat(store.lookups).hasValue(2);
    }

    @Test
    void diagnosesAreCachedPerCallAndOnlyMissingOnesAreRead() {
        cache.diagnosesOf(List.of("call-1"));
        store.lookups.set(0);
        Map<String, CallDiagnosis> both = cache.diagnosesOf(List.of("call-1", "call-2", "no-such-call"));
        assertThat(both).containsOnlyKeys("call-1", "call-2");
        assertThat(store.requestedDiagnoses).containsExactlyInAnyOrder("call-2", "no-such-call");
    }

    private void store(CallRecordJson call) {
        assertThat(cache.upsert(call.record(), call.json())).isIn(UpsertOutcome.INSERTED, UpsertOutcome.UPDATED,
                UpsertOutcome.UNCHANGED);
    }

    /** The fake store, counting the lookups that reach it. */
    private static final class CountingStore implements CallRecordStore, DiagnosisStore {
        private final FakeCallRecordStore fake = new FakeCallRecordStore();
        private final AtomicLong lookups = new AtomicLong();
        private Collection<String> requestedDiagnoses = List.of();

        @Override
        public UpsertOutcome upsert(CallRecord record, String rawJson) {
            return fake.upsert(record, rawJson);
        }

        @Override
        public Optional<CallRecord> findById(String callId) {
            lookups.incrementAndGet();
            return fake.findById(callId);
        }

        @Override
        public CallPage findCallsOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
            lookups.incrementAndGet();
            return fake.findCallsOfUser(userId, from, to, limit, after);
        }

        @Override
        public List<KnownUser> findUsers(String term, int limit) {
            lookups.incrementAndGet();
            return fake.findUsers(term, limit);
        }

        @Override
        public Optional<KnownUser> findUser(String userId) {
            lookups.incrementAndGet();
            return fake.findUser(userId);
        }

        @Override
        public long countCalls() {
            return fake.countCalls();
        }

        @Override
        public int deleteCallsStartedBefore(Instant cutoff, int limit) {
            return fake.deleteCallsStartedBefore(cutoff, limit);
        }

        @Override
        public Map<String, CallDiagnosis> diagnosesOf(Collection<String> callIds) {
            lookups.incrementAndGet();
            requestedDiagnoses = List.copyOf(callIds);
            return fake.diagnosesOf(callIds);
        }

        @Override
        public SummaryPage summariesOfUser(String userId, Instant from, Instant to, int limit, PageCursor after) {
            lookups.incrementAndGet();
            return fake.summariesOfUser(userId, from, to, limit, after);
        }

        @Override
        public RefreshedBatch refreshStaleDiagnoses(String after, int limit) {
            return fake.refreshStaleDiagnoses(after, limit);
        }
    }
}
