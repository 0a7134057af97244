package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.testing.ChatFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions nobody would type by hand get a clear answer, repeat at most an excerpt, and never break the turn. */
class HostileQuestionsTest {
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller ADAM = ChatFixture.caller("adam", "Adam Li");
    private static final int TEAMS_LIMIT = 28 * 1024;

    private final CommandDispatcher dispatcher = ChatFixture.demo().dispatcher();
    private final AdaptiveCardRenderer cards = new AdaptiveCardRenderer();

    @Test
    void aPastedPageIsAnsweredWithoutBeingRead() {
        Reply reply = dispatcher.answer(new ChatRequest("show last calls for " + "a".repeat(50_000), SAM, "chat"));

        assertThat(reply).isInstanceOfSatisfying(NoticeView.class, notice -> {
            assertThat(notice.title()).isEqualTo("That message is too long for me");
            assertThat(notice.text()).contains("2,000 characters");
        });
        assertThat(bytes(reply)).isLessThan(2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"show last calls for %s", "export calls for %s", "details %s", "debug %s for alice",
                            "audit for %s", "audit by %s", "calls for alice from %s", "%s"})
    void aLongWordIsRepeatedAsAnExcerptOnly(String question) {
        String typed = "x".repeat(1_900);
        for (Caller asker : new Caller[] {SAM, ADAM}) {
            Reply reply = dispatcher.answer(new ChatRequest(question.formatted(typed), asker, "chat"));

            String card = cards.render(reply).toString();
            assertThat(card).doesNotContain("x".repeat(Echo.MAX_CHARACTERS + 1));
            assertThat(bytes(reply)).isLessThan(TEAMS_LIMIT / 4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"calls for alice from 2026-11-01 to +999999999-12-31", "calls for alice from +10000-01-01",
                            "calls for alice since +999999999-01-01", "calls for alice from 2026-11-01T00:00:00Z to "
                            + "+1000000000-01-01T00:00:00Z", "export calls for alice from 2026-11-01 to +99999-01-01"})
    void aDateBeyondTheCalendarIsAnsweredAsAnUnreadableDate(String question) {
        Reply reply = dispatcher.answer(new ChatRequest(question, SAM, "chat"));

        assertThat(reply).isInstanceOfSatisfying(NoticeView.class,
                notice -> assertThat(notice.title()).containsAnyOf("is not a date I can read",
                        "is not a time I can read"));
    }

    private int bytes(Reply reply) {
        return cards.render(reply).toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
