package com.calltriage.ingest;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.FakeCallRecordListing.listed;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.FakeCallRecordListing;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.FakeSubscriptionState;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backfill fetches what the store lacks, skips what it holds, and says how far it got. */
class BackfillTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant SINCE = NOW.minus(Duration.ofDays(2));

    private final TestClock clock = new TestClock(NOW);
    private final RecordedWaits waits = new RecordedWaits(clock);
    private final FakeCallRecordStore store = new FakeCallRecordStore();
    private final FakeCallRecordSource graph = new FakeCallRecordSource();
    private final FakeCallRecordListing listing = new FakeCallRecordListing();
    private final FakeSubscriptionState state = new FakeSubscriptionState();
    private final List<String> progress = new ArrayList<>();

    @Test
    void pagesThroughTheListingAndFetchesOnlyRecordsMissingOrNewerThanStored() {
        store(call("same").version(2).with(alice()));
        store(call("newer").version(1).with(alice()));
        graph.serve(call("newer").version(3).with(alice(), bob())).serve(call("missing").with(bob()));
        listing.page(listed("same", 2), listed("newer", 3)).page(listed("missing", 1));

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(graph.fetched()).containsExactly("newer", "missing");
        assertThat(store.findById("newer")).get().extracting(CallRecord::version).isEqualTo(3L);
        assertThat(store.findById("missing")).isPresent();
        assertThat(report).isEqualTo(new BackfillReport(SINCE, NOW, 3, 1, 2, 2, 0, 0, null));
        assertThat(report.succeeded()).isTrue();
        assertThat(state.read().backfilledUntil()).isEqualTo(NOW);
    }

    @Test
    void aStoredVersionNewerThanTheListedOneIsNotFetched() {
        store(call("ahead").version(5).with(alice()));
        listing.page(listed("ahead", 4));

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(graph.fetched()).isEmpty();
        assertThat(report.alreadyStored()).isEqualTo(1);
    }

    @Test
    void aListedRecordWithoutVersionIsFetchedToBeSure() {
        store(call("unsure").version(1).with(alice()));
        graph.serve(call("unsure").version(1).with(alice()));
        listing.page(new ListedCallRecord("unsure", null, null));

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(graph.fetched()).containsExactly("unsure");
        assertThat(report.stored()).isZero();
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void aRecordGraphNoLongerHasIsCountedAsGoneNotFailed() {
        listing.page(listed("expired", 1));

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(report.gone()).isEqualTo(1);
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void aRecordThatCannotBeFetchedFailsAloneAndTheWindowIsNotMarkedDone() {
        graph.failingAlways("flaky").serve(call("fine").with(alice()));
        listing.page(listed("flaky", 1), listed("fine", 1));

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(store.findById("fine")).isPresent();
        assertThat(report.succeeded()).isFalse();
        assertThat(progress).contains("failed    flaky: fetch failed: Graph answered 503 for flaky");
        assertThat(state.read().backfilledUntil()).isNull();
    }

    @Test
    void aRecordTheImporterRejectsIsAFailureWithItsReason() {
        graph.serve(call("broken").with(alice()).without("version"));
        listing.page(listed("broken", 1));

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(progress).containsExactly("rejected  broken: callRecord broken: no version");
    }

    @Test
    void aListingPageThatKeepsFailingEndsTheBackfillEarly() {
        graph.serve(call("first").with(alice()));
        listing.page(listed("first", 1)).page(listed("second", 1)).failingOnPage(1);

        BackfillReport report = backfill(100).run(SINCE, NOW, progress::add);

        assertThat(report.stoppedBecause()).isEqualTo(
                "listing the calls failed: GET /communications/callRecords answered 503");
        assertThat(report.fetched()).isEqualTo(1);
        assertThat(report.succeeded()).isFalse();
        assertThat(state.read().backfilledUntil()).isNull();
    }

    @Test
    void progressIsReportedEveryNRecordsWithWhatIsLeftAndTheRate() {
        listing.page(listed("a", 1), listed("b", 1), listed("c", 1)).page(listed("d", 1));
        List.of("a", "b", "c", "d").forEach(id -> graph.serve(call(id).with(alice())));
        // Two requests per second: each fetch after the first waits a second.
        Backfill backfill = new Backfill(listing, graph, store, new CallRecordImporter(store), state,
                RequestBudget.listing(clock, waits), new RequestBudget(2, Duration.ofSeconds(1), clock, waits),
                clock, 2);

        backfill.run(SINCE, NOW, progress::add);

        assertThat(waits.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        assertThat(progress).containsExactly(
                "backfill: 2 done, 1 to do and more to list, 2.0 records/s",
                "backfill: 4 done, 0 to do, 1.3 records/s");
    }

    @Test
    void listingPagesArePacedByTheListingBudget() {
        for (int i = 0; i < 42; i++) {
            listing.page();
        }

        backfill(100).run(SINCE, NOW, progress::add);

        assertThat(waits.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void theCountersAddUpOverBackfills() {
        store(call("kept").with(alice()));
        graph.serve(call("new").with(alice()));
        listing.page(listed("kept", 1), listed("new", 1));
        Backfill backfill = backfill(100);

        backfill.run(SINCE, NOW, progress::add);
        backfill.run(SINCE, NOW, progress::add);

        assertThat(backfill.listed()).isEqualTo(4);
        assertThat(backfill.alreadyStored()).isEqualTo(3);
        assertThat(backfill.fetched()).isEqualTo(1);
        assertThat(backfill.failed()).isZero();
    }

    @Test
    void aWindowMustStartBeforeItEnds() {
        assertThatThrownBy(() -> backfill(100).run(NOW, NOW, progress::add))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Backfill backfill(int progressEvery) {
        return new Backfill(listing, graph, store, new CallRecordImporter(store), state,
                RequestBudget.listing(clock, waits), RequestBudget.fetching(clock, waits), clock, progressEvery);
    }

    private void store(CallRecordJson call) {
        store.upsert(call.record(), call.json());
    }
}
