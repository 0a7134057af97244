package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Teams' limits per conversation, as windows: how long the next message waits. */
class ConversationPaceTest {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final String CHAT = "19:group@thread.v2";

    private final ConversationPace pace = new ConversationPace(ConversationPace.TEAMS_PER_THREAD);

    @Test
    void sevenGoAtOnceAndTheEighthWaitsForTheirSecondToPass() {
        for (int i = 0; i < 7; i++) {
            assertThat(pace.waitBefore(CHAT, NINE)).isZero();
            pace.sent(CHAT, NINE);
        }

        assertThat(pace.waitBefore(CHAT, NINE.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void sixtyInHalfAMinuteMakeTheNextWaitForTheFirstToLeaveTheWindow() {
        Instant at = NINE;
        for (int i = 0; i < 60; i++) {
            assertThat(pace.waitBefore(CHAT, at)).as("send %d", i).isZero();
            pace.sent(CHAT, at);
            at = at.plusMillis(400);
        }

        // The 61st would go at 24 s; the first of the sixty leaves the window at 30 s.
        assertThat(pace.waitBefore(CHAT, at)).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void anotherConversationIsPacedApart() {
        for (int i = 0; i < 8; i++) {
            pace.sent(CHAT, NINE);
        }

        assertThat(pace.waitBefore("a:personal-chat", NINE)).isZero();
    }

    @Test
    void aConversationTeamsThrottledIsQuietUntilTheTimeItAskedFor() {
        pace.holdBack(CHAT, NINE.plusSeconds(2));
        pace.holdBack(CHAT, NINE.plusSeconds(1));

        assertThat(pace.heldBackAt(CHAT, NINE)).contains(NINE.plusSeconds(2));
        assertThat(pace.heldBackAt(CHAT, NINE.plusSeconds(2))).isEmpty();
        assertThat(pace.heldBackAt("a:personal-chat", NINE)).isEmpty();
    }
}
