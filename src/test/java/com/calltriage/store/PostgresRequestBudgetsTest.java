package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.GraphRequestBudgets;
import com.calltriage.testing.EnabledIfPostgres;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Graph counts requests per app and tenant, whichever replica sends them: two replicas on one PostgreSQL store spend
 * from one budget, so what one spent the other has to wait for.
 */
@EnabledIfPostgres
@ExtendWith(OwnDatabase.Postgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRequestBudgetsTest {
    private RecordedWaits firstWaits;
    private RecordedWaits secondWaits;
    private GraphRequestBudgets first;
    private GraphRequestBudgets second;

    @BeforeEach
    void twoReplicasOnOneStore(DatabaseReplicas replicas) {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
        firstWaits = new RecordedWaits(clock);
        secondWaits = new RecordedWaits(clock);
        first = PostgresRequestBudgets.shared(replicas.emptied(PostgresRequestBudgets.TABLE), clock, firstWaits);
        second = PostgresRequestBudgets.shared(replicas.second(), clock, secondWaits);
    }

    @Test
    void afterOneReplicaListedFortyPagesTheOtherWaitsHalfASecondForItsFirst() throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            first.listing().spend(1);
        }

        second.listing().spend(1);

        assertThat(firstWaits.waits()).isEmpty();
        assertThat(secondWaits.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void fetchesOfBothReplicasCountAgainstOneThousandFiveHundred() throws InterruptedException {
        for (int i = 0; i < 750; i++) {
            first.fetching().spend(1);
            second.fetching().spend(1);
        }
        assertThat(firstWaits.waits()).isEmpty();
        assertThat(secondWaits.waits()).isEmpty();

        first.fetching().spend(1);

        // 1,500 requests per 20 s: one every 13.33 ms.
        assertThat(firstWaits.waits()).singleElement()
                .satisfies(wait -> assertThat(wait.toMillis()).isBetween(13L, 14L));
    }

    @Test
    void listingAndFetchingAreBudgetsOfTheirOwn() throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            first.listing().spend(1);
        }

        second.fetching().spend(1);

        assertThat(secondWaits.waits()).isEmpty();
    }
}
