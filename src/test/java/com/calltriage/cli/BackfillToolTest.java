package com.calltriage.cli;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.FakeCallRecordListing.listed;
import static com.calltriage.testing.GraphUser.alice;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.RequestBudget;
import com.calltriage.testing.FakeCallRecordListing;
import com.calltriage.testing.FakeCallRecordSource;
import com.calltriage.testing.FakeSubscriptionState;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code backfill --since DATE}: what Graph lists since then and the store lacks, within what Graph keeps. */
class BackfillToolTest extends SubCommandsFixture {
    private final FakeCallRecordListing listing = new FakeCallRecordListing();
    private final FakeCallRecordSource graph = new FakeCallRecordSource();
    private final FakeSubscriptionState state = new FakeSubscriptionState();
    private final SubCommands withGraph = subCommands(new Backfill(listing, graph, store, new CallRecordImporter(store),
            state, RequestBudget.listing(CLOCK, nanos -> { }), RequestBudget.fetching(CLOCK, nanos -> { }), CLOCK, 1));

    @Test
    void fetchesWhatGraphListsSinceTheStartOfTheDayAndExitsWithZero() {
        graph.serve(call("call-a").with(alice()));
        listing.page(listed("call-a", 1));

        int status = withGraph.run("backfill", "--since", "2026-11-15");

        assertThat(status).isZero();
        assertThat(listing.windows()).singleElement().satisfies(window -> assertThat(window)
                .containsExactly(Instant.parse("2026-11-15T00:00:00Z"), CLOCK.instant()));
        assertThat(printed()).containsExactly("backfill: 1 done, 0 to do, - records/s",
                "Backfill of calls from 2026-11-15T00:00:00Z until 2026-11-21T16:00:00Z: 1 listed, "
                        + "0 already stored, 1 fetched (1 new or newer), 0 gone, 0 failed");
        assertThat(store.findById("call-a")).isPresent();
        assertThat(state.read().backfilledUntil()).isEqualTo(CLOCK.instant());
    }

    @Test
    void takesTheDayAfterAnEqualsSignAndATimeToo() {
        withGraph.run("backfill", "--since=2026-11-15");
        withGraph.run("--calltriage.demo.enabled=false", "backfill", "--since", "2026-11-21T08:30:00Z");

        assertThat(listing.windows()).extracting(window -> window[0]).containsExactly(
                Instant.parse("2026-11-15T00:00:00Z"), Instant.parse("2026-11-21T08:30:00Z"));
    }

    @Test
    void aRecordThatFailedExitsWithOne() {
        graph.failingAlways("call-a");
        listing.page(listed("call-a", 1));

        int status = withGraph.run("backfill", "--since", "2026-11-20");

        assertThat(status).isEqualTo(1);
        assertThat(printed()).contains("failed    call-a: fetch failed: Graph answered 503 for call-a");
    }

    @Test
    void theOldestDayGraphStillHasStartsAtItsOldestCall() {
        int status = withGraph.run("backfill", "--since", "2026-10-22");

        assertThat(status).isZero();
        assertThat(printed()).first().isEqualTo(
                "Graph keeps call records 30 days: starting at 2026-10-22T16:00:00Z");
        assertThat(listing.windows()).singleElement()
                .satisfies(window -> assertThat(window[0]).isEqualTo(Instant.parse("2026-10-22T16:00:00Z")));
    }

    @ParameterizedTest(name = "--since {0}")
    @CsvSource(delimiter = '|', value = {
        "2026-10-21           | is more than 30 days ago",
        "2026-10-22T15:59:59Z | is more than 30 days ago",
        "2026-11-22           | is not in the past",
        "2026-11-21T16:00:00Z | is not in the past",
        "last tuesday         | takes a day (2026-11-01) or a UTC time"})
    void aStartGraphCannotServeExitsWithTwoAndListsNothing(String since, String problem) {
        int status = withGraph.run("backfill", "--since", since);

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains(problem);
        assertThat(listing.windows()).isEmpty();
    }

    @Test
    void withoutAStartExitsWithTwoAndSaysHowToUseIt() {
        assertThat(withGraph.run("backfill")).isEqualTo(2);
        assertThat(withGraph.run("backfill", "--since")).isEqualTo(2);

        assertThat(errors()).contains("backfill --since YYYY-MM-DD");
    }

    @Test
    void withoutGraphExitsWithTwoAndNamesTheSettings() {
        int status = subCommands.run("backfill", "--since", "2026-11-20");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("calltriage.graph.client-id");
    }
}
