package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.audit.AuditView;
import com.calltriage.calls.CallListView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The audit trail as an admin reads it: page by page, with commands and people in words. */
class AuditPagesTest {
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller ADAM = ChatFixture.caller("adam", "Adam Hill");

    private final TestClock clock = new TestClock(DemoFixtures.NOW.minus(Duration.ofHours(2)));
    private final CommandDispatcher dispatcher = ChatFixture.demo().audit(new FakeAuditLog()).clock(clock)
            .dispatcher();

    @Test
    void olderEntriesComeAPageAtATimeByButtonOrByMore() {
        for (int i = 1; i <= 25; i++) {
            ask(SAM, "help number " + i);
        }

        AuditView first = (AuditView) ask(ADAM, "audit by sam");
        AuditView byButton = (AuditView) ask(ADAM, first.olderCommand());
        ask(ADAM, "audit by sam");
        AuditView byMore = (AuditView) ask(ADAM, "more");

        assertThat(first.rows()).hasSize(20).extracting(AuditView.Row::command)
                .startsWith("help number 25").endsWith("help number 6");
        assertThat(byButton.rows()).extracting(AuditView.Row::command)
                .containsExactly("help number 5", "help number 4", "help number 3", "help number 2", "help number 1");
        assertThat(byButton.olderCommand()).isNull();
        assertThat(byMore.rows()).isEqualTo(byButton.rows());
        assertThat(ask(ADAM, "more")).isInstanceOfSatisfying(NoticeView.class,
                notice -> assertThat(notice.title()).isEqualTo("That was the whole list"));
    }

    @Test
    void moreAfterACallListStillPagesTheCalls() {
        ask(ADAM, "audit by sam");
        CallListView list = (CallListView) ask(ADAM, "show last calls for alice");

        assertThat(ask(ADAM, "more")).isInstanceOfSatisfying(CallListView.class,
                next -> assertThat(next.rows().get(0).number()).isEqualTo(list.rows().size() + 1));
    }

    @Test
    void commandsThatButtonsWroteReadWithNamesAndDatesAndTheHeaderNamesTheAsker() {
        CallListView list = (CallListView) ask(SAM, "calls for alice last 7 days");
        ask(SAM, list.exportCommand());

        AuditView trail = (AuditView) ask(ADAM, "audit by sam");

        assertThat(trail.scope()).isEqualTo("by Sam Rivera");
        assertThat(trail.rows().get(0).command()).matches(
                "export calls for Alice Wood from \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC to \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
    }

    private Reply ask(Caller caller, String text) {
        clock.advance(Duration.ofSeconds(1));
        return dispatcher.answer(new ChatRequest(text, caller, "chat-of-" + caller.objectId()));
    }

}
