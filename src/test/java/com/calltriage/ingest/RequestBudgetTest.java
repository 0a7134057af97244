package com.calltriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A request budget lets a burst through, then paces requests as evenly as Graph's limit allows. */
class RequestBudgetTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
    private final RecordedWaits waits = new RecordedWaits(clock);

    @Test
    void fortyListingRequestsGoAtOnceAndTheFortyFirstWaitsHalfASecond() throws InterruptedException {
        RequestBudget listing = RequestBudget.listing(clock, waits);

        for (int i = 0; i < 40; i++) {
            listing.spend(1);
        }
        assertThat(waits.waits()).isEmpty();
        listing.spend(1);

        assertThat(waits.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aQuietPeriodRefillsTheWholeBudget() throws InterruptedException {
        RequestBudget listing = RequestBudget.listing(clock, waits);
        for (int i = 0; i < 40; i++) {
            listing.spend(1);
        }

        clock.advance(RequestBudget.PERIOD);
        for (int i = 0; i < 40; i++) {
            listing.spend(1);
        }

        assertThat(waits.waits()).isEmpty();
    }

    @Test
    void fetchesSpendTheirRequestsAndWaitForAllOfThem() throws InterruptedException {
        RequestBudget fetching = RequestBudget.fetching(clock, waits);
        for (int i = 0; i < 750; i++) {
            fetching.spend(2);
        }

        fetching.spend(2);

        // 1,500 requests per 20 s: one every 13.33 ms, so two take 26.67 ms.
        assertThat(waits.waits()).singleElement()
                .satisfies(wait -> assertThat(wait.toMillis()).isBetween(26L, 27L));
    }

    @Test
    void aBudgetNeedsRequestsAndAPeriod() {
        assertThatThrownBy(() -> new RequestBudget(0, Duration.ofSeconds(1), clock,
                waits)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 per PT1S");
    }
}
