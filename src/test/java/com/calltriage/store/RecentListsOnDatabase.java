package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.command.RecentLists;
import com.calltriage.command.RecentListsContract;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists shown, on a database: the contract, what another replica reads, and the time to live. A subclass is
 * extended with the {@link OwnDatabase} it runs on.
 */
abstract class RecentListsOnDatabase extends RecentListsContract {
    private static final Duration TIME_TO_LIVE = Duration.ofHours(24);

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
    private DatabaseReplicas replicas;

    @BeforeAll
    void useItsOwnDatabase(DatabaseReplicas replicas) {
        this.replicas = replicas;
    }

    @Override
    protected RecentLists emptyLists() {
        return new JdbcRecentLists(replicas.emptied("recent_list"), clock, TIME_TO_LIVE);
    }

    @Test
    void anotherReplicaReadsTheListOneShowed() {
        lists.remember("chat-1", new RecentLists.Shown("alice", List.of("call-1", "call-2"), null));
        RecentLists other = new JdbcRecentLists(replicas.second(), clock, TIME_TO_LIVE);

        assertThat(other.recall("chat-1")).get().extracting(RecentLists.Shown::callIds).asList()
                .containsExactly("call-1", "call-2");
        other.rememberContinuation("chat-1", "audit for alice");
        assertThat(lists.continuation("chat-1")).contains("audit for alice");
    }

    @Test
    void aListOlderThanItsTimeToLiveIsGone() {
        lists.remember("chat-1", new RecentLists.Shown("alice", List.of("call-1"), null));

        clock.advance(TIME_TO_LIVE.minusMinutes(1));
        assertThat(lists.recall("chat-1")).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(lists.recall("chat-1")).isEmpty();
        assertThat(lists.continuation("chat-1")).isEmpty();
    }
}
