package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DetailsView;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.reply.Reply;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teams sends each turn to whichever replica it likes: a list shown by one replica is what "details 3" and "more"
 * mean on another, since both keep the lists shown in the store they share.
 */
@ExtendWith(OwnDatabase.H2.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsAcrossReplicasTest {
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Clock CLOCK = Clock.fixed(DemoFixtures.NOW, ZoneOffset.UTC);

    private CommandDispatcher first;
    private CommandDispatcher second;

    @BeforeAll
    void twoReplicasOnOneStore(DatabaseReplicas replicas) {
        ChatFixture demo = ChatFixture.demo();
        first = demo.dispatcher(new JdbcRecentLists(replicas.emptied("recent_list"), CLOCK, Duration.ofHours(24)));
        second = demo.dispatcher(new JdbcRecentLists(replicas.second(), CLOCK, Duration.ofHours(24)));
    }

    @Test
    void detailsAndMoreOnOneReplicaFollowTheListShownByAnother() {
        CallListView list = (CallListView) ask(first, "show last calls for alice");

        Reply third = ask(second, "details 3");
        Reply next = ask(second, "more");

        assertThat(third).isInstanceOfSatisfying(DetailsView.class,
                details -> assertThat(details.callId()).isEqualTo(list.rows().get(2).callId()));
        assertThat(next).isInstanceOfSatisfying(CallListView.class,
                page -> assertThat(page.rows().get(0).number()).isEqualTo(list.rows().size() + 1));
        assertThat(ask(first, "details 12")).isInstanceOf(DetailsView.class);
    }

    private static Reply ask(CommandDispatcher replica, String text) {
        return replica.answer(new ChatRequest(text, SAM, "conversation-across-replicas"));
    }
}
