// Long because: every store, the databases and the fake, runs this one list of behaviours, no part left out.
package com.calltriage.store;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.CONTOSO;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static com.calltriage.testing.GraphUser.carol;
import static com.calltriage.testing.GraphUser.pierre;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.demo.DemoCall;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.SummaryPage;
import com.calltriage.quality.Verdict;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;

/**
 * What every {@link CallRecordStore} of the project must do, the database ones and the fake alike. A subclass
 * hands out an empty store before each test, and shows what the store keeps beyond what the port answers: the
 * record as received, its index, everything at once; the class lives per subclass so it can keep a database open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CallRecordStoreContract {
    private static final Instant MORNING = Instant.parse("2026-11-18T09:00:00Z");
    private static final Instant WEEK_AGO = MORNING.minus(Duration.ofDays(7));
    private static final Instant TOMORROW = MORNING.plus(Duration.ofDays(1));
    private static final String CALL = "e523d2ed-2966-4b6b-925b-754a88034cc5";
    private static final String PHONE = "+14255550123";
    protected static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T12:00:00Z"));
    protected CallRecordStore store;

    /** A store with no records, backed by whatever this subclass tests; it reads the time from this clock. */
    protected abstract CallRecordStore emptyStore(Clock clock) throws Exception;

    /** The stored record with this id exactly as it was handed to {@code upsert}. */
    protected abstract String rawJsonOf(String callId);

    /** The kinds ({@code USER}, {@code PHONE}) under which the store's participant index holds this id. */
    protected abstract List<String> indexedKindsOf(String identityId);

    /** How many entries, one per call and distinct participant, the store's participant index holds. */
    protected abstract long indexedParticipants();

    /**
     * Everything the store keeps, as text: one list for each kind of thing kept (records, the participant index,
     * known users), each in a fixed order, so that two snapshots are equal exactly when nothing changed.
     */
    protected abstract List<List<String>> everythingKept();

    @BeforeEach
    void startWithAnEmptyStore() throws Exception {
        store = emptyStore(clock);
    }

    @Nested
    class Versions {

        @Test
        void newRecordIsStoredAsGraphSentItAndFoundById() {
            CallRecordJson call = call(CALL).with(alice(), pierre());

            assertThat(upsert(call)).isEqualTo(UpsertOutcome.INSERTED);

            assertThat(store.findById(CALL)).contains(call.record());
            assertThat(rawJsonOf(CALL)).isEqualTo(call.json());
        }

        @Test
        void unknownIdIsNotFound() {
            upsert(call(CALL).with(alice()));

            assertThat(store.findById("2f1a0c7e-0000-4000-8000-000000000000")).isEmpty();
            assertThat(store.storedVersion("2f1a0c7e-0000-4000-8000-000000000000")).isEmpty();
        }

        @Test
        void storedVersionIsTheNewestKept() {
            upsert(call(CALL).version(3).with(alice()));
            upsert(call(CALL).version(2).with(alice()));

            assertThat(store.storedVersion(CALL)).hasValue(3);
        }

        @Test
        void sameVersionWithTheSameContentChangesNothing() {
            CallRecordJson record = call(CALL).version(4).with(alice(), bob());
            upsert(record);
            List<List<String>> before = everythingKept();
            clock.advance(Duration.ofHours(1));

            UpsertOutcome outcome = store.upsert(record.record(), record.node().toPrettyString());

            assertThat(outcome).isEqualTo(UpsertOutcome.UNCHANGED);
            assertThat(everythingKept()).isEqualTo(before);
        }

        @Test
        void sameVersionWithOtherContentReplacesTheStoredCopy() {
            upsert(call(CALL).version(4).with(alice(), bob()));

            UpsertOutcome outcome = upsert(call(CALL).version(4).startingAt(MORNING.plusSeconds(90))
                    .with(alice().named("Alice Renamed"), bob(), carol()));

            assertThat(outcome).isEqualTo(UpsertOutcome.UPDATED);
            assertThat(callIdsOf(carol())).containsExactly(CALL);
            assertThat(store.findById(CALL)).get().extracting(CallRecord::start).isEqualTo(MORNING.plusSeconds(90));
        }

        @Test
        void newerVersionReplacesTheRecordAndItsParticipants() {
            upsert(call(CALL).version(1).with(alice(), bob()));

            UpsertOutcome outcome = upsert(call(CALL).version(2).with(alice(), carol()));

            assertThat(outcome).isEqualTo(UpsertOutcome.UPDATED);
            assertThat(store.findById(CALL)).get().extracting(CallRecord::version).isEqualTo(2L);
            assertThat(callIdsOf(bob())).isEmpty();
            assertThat(callIdsOf(carol())).containsExactly(CALL);
            assertThat(store.findCallsOfUser(alice().id(), WEEK_AGO, TOMORROW, 10, null).calls())
                    .extracting(CallRecord::version).containsExactly(2L);
        }

        @Test
        void indexFollowsTheStartTimeOfTheNewestVersion() {
            upsert(call(CALL).version(1).startingAt(MORNING).with(alice()));

            upsert(call(CALL).version(2).startingAt(MORNING.plus(Duration.ofHours(3))).with(alice()));

            assertThat(store.findCallsOfUser(alice().id(), MORNING, MORNING.plus(Duration.ofHours(1)), 10, null)
                    .calls()).isEmpty();
            assertThat(store.findCallsOfUser(alice().id(), MORNING.plus(Duration.ofHours(3)), TOMORROW, 10, null)
                    .calls()).extracting(CallRecord::id).containsExactly(CALL);
        }

        @Test
        void olderVersionNeverOverwritesNewer() {
            upsert(call(CALL).version(3).with(alice(), carol()));
            List<List<String>> before = everythingKept();
            clock.advance(Duration.ofHours(1));

            UpsertOutcome outcome = upsert(call(CALL).version(2).with(alice().named("Alice (old name)"), bob()));

            assertThat(outcome).isEqualTo(UpsertOutcome.STALE);
            assertThat(everythingKept()).isEqualTo(before);
            assertThat(store.findById(CALL)).get().extracting(CallRecord::version).isEqualTo(3L);
            assertThat(callIdsOf(bob())).isEmpty();
            assertThat(store.findUser(alice().id())).get().extracting(KnownUser::displayName).isEqualTo("Alice Wong");
        }

        @Test
        void countCallsCountsRecordsNotVersions() {
            assertThat(store.countCalls()).isZero();

            upsert(call("call-a").version(1).with(alice()));
            upsert(call("call-a").version(2).with(alice()));
            upsert(call("call-a").version(1).with(alice()));
            upsert(call("call-b").with(bob()));
            upsert(call("call-b").with(bob()));
            upsert(call("call-c").with(alice(), carol()));

            assertThat(store.countCalls()).isEqualTo(3);
        }
    }

    @Nested
    class CallsOfAUser {

        @Test
        void callsComeNewestFirstAndOnlyTheUsersOwn() {
            upsert(call("call-monday").startingAt("2026-11-16T10:00:00Z").with(alice(), bob()));
            upsert(call("call-wednesday").startingAt("2026-11-18T08:30:00Z").with(carol(), alice()));
            upsert(call("call-tuesday").startingAt("2026-11-17T15:45:00Z").with(alice()));
            upsert(call("call-without-alice").startingAt("2026-11-17T16:00:00Z").with(bob(), carol()));

            assertThat(callIdsOf(alice())).containsExactly("call-wednesday", "call-tuesday", "call-monday");
        }

        @Test
        void windowIncludesItsStartAndExcludesItsEnd() {
            Instant from = Instant.parse("2026-11-17T00:00:00Z");
            Instant to = Instant.parse("2026-11-18T00:00:00Z");
            upsert(call("just-before").startingAt(from.minusMillis(1)).with(alice()));
            upsert(call("at-the-start").startingAt(from).with(alice()));
            upsert(call("just-before-the-end").startingAt(to.minusMillis(1)).with(alice()));
            upsert(call("at-the-end").startingAt(to).with(alice()));

            CallPage page = store.findCallsOfUser(alice().id(), from, to, 10, null);

            assertThat(page.calls()).extracting(CallRecord::id).containsExactly("just-before-the-end", "at-the-start");
            assertThat(page.next()).isEmpty();
        }

        @Test
        void pagesWalkEveryCallOnceEvenWhenCallsStartAtTheSameMoment() {
            Instant sameMoment = Instant.parse("2026-11-17T11:00:00Z");
            upsert(call("call-1").startingAt("2026-11-17T09:00:00Z").with(alice()));
            upsert(call("call-2").startingAt(sameMoment).with(alice()));
            upsert(call("call-4").startingAt(sameMoment).with(alice(), bob()));
            upsert(call("call-3").startingAt(sameMoment).with(alice()));
            upsert(call("call-5").startingAt("2026-11-17T12:00:00Z").with(alice()));
            upsert(call("call-6").startingAt("2026-11-17T13:00:00Z").with(carol(), alice()));
            upsert(call("call-of-bob").startingAt(sameMoment).with(bob()));

            List<List<String>> pages = new ArrayList<>();
            List<Integer> totals = new ArrayList<>();
            PageCursor after = null;
            do {
                CallPage page = store.findCallsOfUser(alice().id(), WEEK_AGO, TOMORROW, 2, after);
                pages.add(page.calls().stream().map(CallRecord::id).toList());
                totals.add(page.total());
                // The cursor travels in a card button, so it goes through its text form between pages.
                after = page.next().map(cursor -> PageCursor.decode(cursor.encode())).orElse(null);
            } while (after != null && pages.size() < 10);

            assertThat(pages).containsExactly(
                    List.of("call-6", "call-5"),
                    List.of("call-4", "call-3"),
                    List.of("call-2", "call-1"));
            assertThat(totals).as("every page counts the whole window").containsExactly(6, 6, 6);
        }

        @Test
        void pageShorterThanTheLimitHasNoNextCursor() {
            upsert(call("call-1").startingAt("2026-11-17T09:00:00Z").with(alice()));
            upsert(call("call-2").startingAt("2026-11-17T10:00:00Z").with(alice()));
            upsert(call("call-3").startingAt("2026-11-17T11:00:00Z").with(alice()));

            CallPage first = store.findCallsOfUser(alice().id(), WEEK_AGO, TOMORROW, 2, null);
            CallPage second = store.findCallsOfUser(alice().id(), WEEK_AGO, TOMORROW, 2, first.next().orElseThrow());

            assertThat(first.calls()).extracting(CallRecord::id).containsExactly("call-3", "call-2");
            assertThat(second.calls()).extracting(CallRecord::id).containsExactly("call-1");
            assertThat(second.next()).isEmpty();
        }

        @Test
        void limitBelowOneIsRefused() {
            assertThatThrownBy(() -> store.findCallsOfUser(alice().id(), WEEK_AGO, TOMORROW, 0, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0");
        }

        @Test
        void phoneParticipantIsIndexedButCallsAreListedForUsersOnly() {
            upsert(call(CALL).with(alice()).withPhone(PHONE));

            assertThat(indexedKindsOf(PHONE)).containsExactly("PHONE");
            assertThat(store.findCallsOfUser(PHONE, WEEK_AGO, TOMORROW, 10, null).calls()).isEmpty();
            assertThat(callIdsOf(alice())).containsExactly(CALL);
            assertThat(store.findUser(PHONE)).isEmpty();
            assertThat(store.findUsers("4255550123", 10)).isEmpty();
        }
    }

    @Nested
    class KnownUsers {

        @BeforeEach
        void everyoneHadACall() {
            upsert(call("call-1").startingAt("2026-11-16T09:00:00Z").with(pierre(), bob()));
            upsert(call("call-2").startingAt("2026-11-17T09:00:00Z").with(carol()));
            upsert(call("call-3").startingAt("2026-11-18T09:00:00Z").with(alice(), pierre()));
        }

        @Test
        void findsUserByAliasEvenWhenTheNameDiffers() {
            assertThat(labelsFound("rsmith")).containsExactly("Bob Smith");
        }

        @Test
        void findsUserByUserPrincipalName() {
            assertThat(labelsFound("rsmith@contoso.com")).containsExactly("Bob Smith");
        }

        @Test
        void findsUserByDisplayName() {
            assertThat(labelsFound("Carol Diaz")).containsExactly("Carol Diaz");
        }

        @Test
        void findsUserWithoutUpnByDisplayName() {
            assertThat(labelsFound("Pierre Laurent")).containsExactly("Pierre Laurent");
        }

        @Test
        void findsUserByObjectId() {
            assertThat(labelsFound(bob().id())).containsExactly("Bob Smith");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ALICE.WONG", "Alice.Wong@Contoso.COM", "alice wong", "  aLiCe WoNg  "})
        void matchingIgnoresCaseAndSurroundingSpaces(String term) {
            assertThat(labelsFound(term)).containsExactly("Alice Wong");
        }

        @Test
        void partOfANameOrUpnFindsEveryoneItMatchesMostRecentlySeenFirst() {
            assertThat(labelsFound("won")).containsExactly("Alice Wong");
            assertThat(labelsFound("smi")).containsExactly("Bob Smith");
            assertThat(labelsFound("contoso")).containsExactly("Alice Wong", "Carol Diaz", "Bob Smith");
            assertThat(store.findUsers("contoso", 2)).extracting(KnownUser::label)
                    .containsExactly("Alice Wong", "Carol Diaz");
        }

        @Test
        void unknownTermFindsNobody() {
            assertThat(labelsFound("zoe")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"%", "_", "a%z", "\\", "%contoso%"})
        void wildcardsInTheTermAreTakenLiterally(String term) {
            assertThat(labelsFound(term)).isEmpty();
        }

        @Test
        void aUpnThatIsPartOfAnothersFindsOnlyWhomItIdentifies() {
            upsert(call("call-4").with(new GraphUser("5e0f7d1a-2b3c-4d5e-8f90-a1b2c3d4e5f6", "Al Ng", CONTOSO,
                    "al@contoso.com")));
            upsert(call("call-5").with(new GraphUser("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "Hal Berg", CONTOSO,
                    "hal@contoso.com")));

            assertThat(labelsFound("AL@contoso.com")).containsExactly("Al Ng");
            assertThat(labelsFound("al@contoso")).containsExactlyInAnyOrder("Al Ng", "Hal Berg");
        }

        @Test
        void underscoreInTheTermMatchesOnlyAnUnderscore() {
            upsert(call("call-4").with(new GraphUser("5e0f7d1a-2b3c-4d5e-8f90-a1b2c3d4e5f6", "Sam Ortiz", CONTOSO,
                    "sam_o@contoso.com")));
            upsert(call("call-5").with(new GraphUser("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "Sam Kowalski", CONTOSO,
                    "samko@contoso.com")));

            assertThat(labelsFound("sam_o")).containsExactly("Sam Ortiz");
        }

        @Test
        void findUserByIdTellsTheNewestNameAndWhenTheUserWasLastSeen() {
            upsert(call("call-4").startingAt("2026-11-19T14:30:00Z").with(bob().named("Robert Smith")));

            assertThat(store.findUser(bob().id())).contains(new KnownUser(bob().id(), "Robert Smith",
                    "rsmith@contoso.com", CONTOSO, Instant.parse("2026-11-19T14:30:00Z")));
            assertThat(store.findUser("00000000-0000-0000-0000-000000000000")).isEmpty();
        }

        @Test
        void upnIsNotForgottenWhenANewerRecordLacksIt() {
            GraphUser renamedWithoutUpn = alice().withoutUpn().named("Alice Wong-Berg");
            upsert(call("call-4").startingAt("2026-11-19T14:30:00Z").with(renamedWithoutUpn));

            KnownUser user = store.findUser(alice().id()).orElseThrow();
            assertThat(user.displayName()).isEqualTo("Alice Wong-Berg");
            assertThat(user.userPrincipalName()).isEqualTo("alice.wong@contoso.com");
            assertThat(labelsFound("alice.wong")).containsExactly("Alice Wong-Berg");
        }

        @Test
        void olderRecordFillsInAMissingUpnButKeepsTheNewerName() {
            GraphUser dan = new GraphUser("d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a", "Dan Park", CONTOSO,
                    "dpark@contoso.com");
            upsert(call("call-4").startingAt("2026-11-19T14:30:00Z").with(dan.withoutUpn()));

            upsert(call("call-5").startingAt("2026-11-15T08:00:00Z").with(dan.named("Daniel Park")));

            assertThat(store.findUser(dan.id())).contains(new KnownUser(dan.id(), "Dan Park", "dpark@contoso.com",
                    CONTOSO, Instant.parse("2026-11-19T14:30:00Z")));
            assertThat(labelsFound("dpark")).containsExactly("Dan Park");
        }
    }

    @Nested
    class WholeOrNothing {
        /** Entra ids are 36 characters; the index column holds 255, so this one cannot be stored. */
        private final GraphUser unstorable = new GraphUser("x".repeat(256), "Too Long", CONTOSO, "toolong@contoso.com");

        @Test
        void recordWithAParticipantThatCannotBeStoredLeavesNoTrace() {
            CallRecordJson call = call(CALL).with(alice(), bob(), unstorable);

            assertThatThrownBy(() -> upsert(call)).isInstanceOf(DataAccessException.class);

            assertThat(store.countCalls()).isZero();
            assertThat(store.findById(CALL)).isEmpty();
            assertThat(everythingKept()).allSatisfy(rows -> assertThat(rows).isEmpty());
            assertThat(store.findUser(alice().id())).isEmpty();
        }

        @Test
        void storeStaysUsableAfterARecordFailed() {
            assertThatThrownBy(() -> upsert(call(CALL).with(alice(), unstorable)))
                    .isInstanceOf(DataAccessException.class);

            assertThat(upsert(call(CALL).with(alice(), bob()))).isEqualTo(UpsertOutcome.INSERTED);
            assertThat(callIdsOf(bob())).containsExactly(CALL);
            assertThat(store.countCalls()).isEqualTo(1);
        }

        @Test
        void failedUpdateKeepsThePreviousVersionAndItsIndex() {
            upsert(call(CALL).version(1).with(alice(), bob()));
            List<List<String>> before = everythingKept();
            clock.advance(Duration.ofMinutes(5));
            CallRecordJson update = call(CALL).version(2).with(alice().named("Alice New"), carol(), unstorable);

            assertThatThrownBy(() -> upsert(update)).isInstanceOf(DataAccessException.class);

            assertThat(everythingKept()).isEqualTo(before);
            assertThat(store.findById(CALL)).get().extracting(CallRecord::version).isEqualTo(1L);
            assertThat(callIdsOf(bob())).containsExactly(CALL);
            assertThat(callIdsOf(carol())).isEmpty();
        }
    }

    @Nested
    class Retention {
        @Test
        void callsStartedBeforeTheCutoffGoOldestFirstInBatchesWithTheirParticipants() {
            upsert(call("call-old-1").startingAt("2026-11-10T09:00:00Z").with(alice(), bob()));
            upsert(call("call-old-2").startingAt("2026-11-11T09:00:00Z").with(alice()));
            upsert(call("call-new").startingAt("2026-11-18T10:00:00Z").with(alice(), bob()));
            Instant cutoff = Instant.parse("2026-11-12T00:00:00Z");

            assertThat(store.deleteCallsStartedBefore(cutoff, 1)).isEqualTo(1);
            assertThat(store.findById("call-old-1")).isEmpty();
            assertThat(store.findById("call-old-2")).isPresent();
            assertThat(store.deleteCallsStartedBefore(cutoff, 10)).isEqualTo(1);
            assertThat(store.deleteCallsStartedBefore(cutoff, 10)).isZero();

            assertThat(store.countCalls()).isEqualTo(1);
            assertThat(store.findCallsOfUser(alice().id(), Instant.parse("2026-11-01T00:00:00Z"), TOMORROW, 10, null)
                    .calls()).extracting(CallRecord::id).containsExactly("call-new");
            assertThat(store.findCallsOfUser(bob().id(), Instant.parse("2026-11-01T00:00:00Z"), TOMORROW, 10, null)
                    .total()).isEqualTo(1);
        }
    }

    @Nested
    class Concurrency {
        private static final int ROUNDS = 20;

        @Test
        void twoFirstUpsertsOfOneIdAtOnceStoreItOnce() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    CallRecordJson call = call("race-" + round).with(alice(), bob());
                    List<UpsertOutcome> outcomes = bothAtOnce(threads, () -> upsert(call), () -> upsert(call));

                    assertThat(outcomes).containsExactlyInAnyOrder(UpsertOutcome.INSERTED, UpsertOutcome.UNCHANGED);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(store.countCalls()).isEqualTo(ROUNDS);
            assertThat(indexedParticipants()).isEqualTo(2L * ROUNDS);
        }

        @Test
        void twoCallsOfANewUserStoredAtOnceAreBothKept() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    GraphUser newcomer = new GraphUser("newcomer-" + round, "Newcomer " + round, CONTOSO,
                            "newcomer" + round + "@contoso.com");
                    CallRecordJson first = call("first-" + round).with(newcomer);
                    CallRecordJson second = call("second-" + round).with(newcomer, carol());

                    List<UpsertOutcome> outcomes = bothAtOnce(threads, () -> upsert(first), () -> upsert(second));

                    assertThat(outcomes).containsOnly(UpsertOutcome.INSERTED);
                    assertThat(callIdsOf(newcomer)).containsExactlyInAnyOrder("first-" + round, "second-" + round);
                    assertThat(store.findUsers(newcomer.userPrincipalName(), 10)).hasSize(1);
                }
            } finally {
                threads.shutdownNow();
            }
        }

        private List<UpsertOutcome> bothAtOnce(ExecutorService threads, Callable<UpsertOutcome> one,
                                               Callable<UpsertOutcome> other) throws Exception {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<UpsertOutcome> a = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return one.call();
            });
            Future<UpsertOutcome> b = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return other.call();
            });
            return List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS));
        }
    }

    @Nested
    class ListSummaries {

        @Test
        void aListSaysOfEachCallWhatItsRecordAndDiagnosisSayForTheUserAsked() {
            List<DemoCall> calls = storeDemoCalls();
            DiagnosisStore diagnoses = (DiagnosisStore) store;
            List<CallSummary> everySummary = new ArrayList<>();
            for (String userId : usersOf(calls)) {
                CallPage page = store.findCallsOfUser(userId, Instant.EPOCH, FAR_FUTURE, 500, null);
                Map<String, CallDiagnosis> diagnosed = diagnoses.diagnosesOf(
                        page.calls().stream().map(CallRecord::id).toList());
                List<CallSummary> expected = page.calls().stream()
                        .map(call -> CallSummary.of(call, diagnosed.get(call.id()), userId)).toList();

                SummaryPage summaries = diagnoses.summariesOfUser(userId, Instant.EPOCH, FAR_FUTURE, 500, null);

                assertThat(summaries.calls()).as("calls of %s", userId).isEqualTo(expected);
                assertThat(summaries.total()).isEqualTo(page.total());
                everySummary.addAll(summaries.calls());
            }
            assertThat(everySummary).as("the demo calls hold poor calls with a cause, meetings and phone calls")
                    .anyMatch(s -> s.verdict() == Verdict.POOR && s.mainCause() != null)
                    .anyMatch(s -> s.kind() == CallKind.MEETING && s.partyCount() > 2 && s.parties().isEmpty())
                    .anyMatch(s -> s.kind() == CallKind.PSTN && !s.parties().isEmpty());
        }

        /** Alice's calls call-1 to call-3, an hour apart on 17 November, the second with Bob. */
        private DiagnosisStore threeCallsOfAlice() {
            upsert(call("call-1").startingAt("2026-11-17T09:00:00Z").with(alice()));
            upsert(call("call-2").startingAt("2026-11-17T10:00:00Z").with(alice(), bob()));
            upsert(call("call-3").startingAt("2026-11-17T11:00:00Z").with(alice()));
            return (DiagnosisStore) store;
        }

        @Test
        void aCursorThatDoesNotKnowTheTotalGetsTheWindowCountedEvenOnAnEmptyPage() {
            DiagnosisStore diagnoses = threeCallsOfAlice();

            SummaryPage rest = diagnoses.summariesOfUser(alice().id(), WEEK_AGO, TOMORROW, 2,
                    new PageCursor(Instant.parse("2026-11-17T11:00:00Z"), "call-3"));
            SummaryPage nothingLeft = diagnoses.summariesOfUser(alice().id(), WEEK_AGO, TOMORROW, 2,
                    new PageCursor(Instant.parse("2026-11-17T09:00:00Z"), "call-1"));

            assertThat(rest.calls()).extracting(CallSummary::callId).containsExactly("call-2", "call-1");
            assertThat(rest.total()).isEqualTo(3);
            assertThat(nothingLeft.calls()).isEmpty();
            assertThat(nothingLeft.total()).isEqualTo(3);
        }

        @Test
        void summaryPagesWalkTheWindowAsRecordPagesDoAndCarryTheTotalOn() {
            DiagnosisStore diagnoses = threeCallsOfAlice();

            SummaryPage first = diagnoses.summariesOfUser(alice().id(), WEEK_AGO, TOMORROW, 2, null);
            PageCursor next = PageCursor.decode(first.next().orElseThrow().encode());
            SummaryPage second = diagnoses.summariesOfUser(alice().id(), WEEK_AGO, TOMORROW, 2, next);

            assertThat(first.calls()).extracting(CallSummary::callId).containsExactly("call-3", "call-2");
            assertThat(second.calls()).extracting(CallSummary::callId).containsExactly("call-1");
            assertThat(List.of(first.total(), second.total())).containsExactly(3, 3);
            assertThat(second.next()).isEmpty();
        }
    }

    /** The first demo calls, stored as the demo loader stores them. */
    protected List<DemoCall> storeDemoCalls() {
        List<DemoCall> calls = DemoFixtures.demoCalls().subList(0, 80);
        CallRecordParser parser = new CallRecordParser();
        calls.forEach(c -> store.upsert(parser.parse(c.json()), c.json().toString()));
        return calls;
    }

    /** The Entra object ids of the users in these calls. */
    protected static Set<String> usersOf(List<DemoCall> calls) {
        CallRecordParser parser = new CallRecordParser();
        return calls.stream().flatMap(c -> CallParticipants.of(parser.parse(c.json())).stream())
                .filter(i -> i.kind() == Identity.Kind.USER).map(Identity::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private UpsertOutcome upsert(CallRecordJson call) {
        return store.upsert(call.record(), call.json());
    }

    private List<String> callIdsOf(GraphUser user) {
        return store.findCallsOfUser(user.id(), WEEK_AGO, TOMORROW, 100, null).calls().stream()
                .map(CallRecord::id).toList();
    }

    private List<String> labelsFound(String term) {
        return store.findUsers(term, 10).stream().map(KnownUser::label).toList();
    }
}
