package com.calltriage.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.SubscriptionState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a catch-up starts: a call's length before the last time ingestion worked, and never past Graph's 30 days. */
class CatchUpTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @ParameterizedTest(name = "notification {0}, backfill {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "-,                    -,                    2026-10-21T09:00:00Z",
        "2026-11-20T08:00:00Z, -,                    2026-11-19T08:00:00Z",
        "-,                    2026-11-18T00:00:00Z, 2026-11-17T00:00:00Z",
        "2026-11-10T00:00:00Z, 2026-11-18T00:00:00Z, 2026-11-17T00:00:00Z",
        "2026-10-21T12:00:00Z, -,                    2026-10-21T09:00:00Z",
        "2026-11-25T00:00:00Z, -,                    2026-11-19T09:00:00Z"})
    void startsOneLongestCallBeforeTheLastKnownGoodTime(Instant lastNotification, Instant backfilledUntil,
                                                        Instant since) {
        SubscriptionState.Snapshot snapshot = new SubscriptionState.Snapshot("sub-1", NOW.plus(Duration.ofDays(1)),
                false, lastNotification, backfilledUntil);

        assertThat(CatchUp.since(snapshot, NOW)).isEqualTo(since);
    }
}
