package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every keeper of the lists shown promises: the one in memory, and the store's on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecentListsContract {
    private static final RecentLists.NextPage NEXT = new RecentLists.NextPage("Alice Wood",
            Instant.parse("2026-10-27T09:00:00Z"), Instant.parse("2026-11-26T09:00:00Z"), 10, "cursor-after-10",
            "Calls are kept for 30 days");

    protected RecentLists lists;

    /** Lists with nothing kept, backed by whatever this subclass tests. */
    protected abstract RecentLists emptyLists() throws Exception;

    @BeforeEach
    void startEmpty() throws Exception {
        lists = emptyLists();
    }

    @Test
    void aListShownIsRecalledWithItsCallsInOrderAndItsNextPage() {
        lists.remember("chat-1", new RecentLists.Shown("alice", List.of("call-3", "call-1", "call-2"), NEXT));

        assertThat(lists.recall("chat-1")).contains(
                new RecentLists.Shown("alice", List.of("call-3", "call-1", "call-2"), NEXT));
        assertThat(lists.recall("chat-2")).isEmpty();
        assertThat(lists.continuation("chat-1")).isEmpty();
    }

    @Test
    void aWholeListHasNoNextPageAndAnEmptyListStaysEmpty() {
        lists.remember("chat-1", new RecentLists.Shown("alice", List.of("call-1"), null));
        lists.remember("chat-2", new RecentLists.Shown("bob", List.of(), null));

        assertThat(lists.recall("chat-1")).get().extracting(RecentLists.Shown::next).isNull();
        assertThat(lists.recall("chat-2")).get().extracting(RecentLists.Shown::callIds).asList().isEmpty();
    }

    @Test
    void anotherKindOfListKeepsTheCallListAndANewCallListDropsTheContinuation() {
        lists.remember("chat-1", new RecentLists.Shown("alice", List.of("call-1"), NEXT));

        lists.rememberContinuation("chat-1", "audit by sam from 2026-11-19T00:00:00Z to 2026-11-26T08:00:00Z");
        assertThat(lists.continuation("chat-1")).contains("audit by sam from 2026-11-19T00:00:00Z to 2026-11-26T08:00:00Z");
        assertThat(lists.recall("chat-1")).get().extracting(RecentLists.Shown::callIds).asList().containsExactly("call-1");

        lists.rememberContinuation("chat-1", null);
        assertThat(lists.continuation("chat-1")).contains("");

        lists.remember("chat-1", new RecentLists.Shown("bob", List.of("call-9"), null));
        assertThat(lists.continuation("chat-1")).isEmpty();
    }

    @Test
    void moreContinuesTheOtherListWhenOneWasShownSinceElseTheCallList() {
        assertThat(lists.last("chat-1")).isEqualTo(new RecentLists.Last(Optional.empty(), Optional.empty()));

        RecentLists.Shown shown = new RecentLists.Shown("alice", List.of("call-1"), NEXT);
        lists.remember("chat-1", shown);
        assertThat(lists.last("chat-1")).isEqualTo(new RecentLists.Last(Optional.empty(), Optional.of(shown)));

        lists.rememberContinuation("chat-1", "audit by sam from 2026-11-19T00:00:00Z to 2026-11-26T08:00:00Z");
        assertThat(lists.last("chat-1")).isEqualTo(new RecentLists.Last(
                Optional.of("audit by sam from 2026-11-19T00:00:00Z to 2026-11-26T08:00:00Z"), Optional.empty()));

        lists.rememberContinuation("chat-2", null);
        assertThat(lists.last("chat-2")).isEqualTo(new RecentLists.Last(Optional.of(""), Optional.empty()));
        assertThat(lists.last(null)).isEqualTo(new RecentLists.Last(Optional.empty(), Optional.empty()));
    }

    @Test
    void aConversationWithoutAnIdKeepsNothing() {
        lists.remember(null, new RecentLists.Shown("alice", List.of("call-1"), NEXT));
        lists.rememberContinuation(null, "more");

        assertThat(lists.recall(null)).isEmpty();
        assertThat(lists.continuation(null)).isEmpty();
    }
}
