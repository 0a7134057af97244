package com.calltriage.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.bot.CallTriageAdapter;
import com.calltriage.bot.OutboxDelivery;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.escalation.PostedCards;
import com.calltriage.testing.FakeEscalations;
import com.calltriage.testing.FakeConversationReferences;
import com.calltriage.testing.FakeOutbox;
import com.calltriage.testing.RecordedWaits;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One round of the outbox's schedule. Its messages go to people the bot has not met, so each is tried and put back
 * without a request, which shows what a round claimed.
 */
class OutboxDrainerTest {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final String TENANT = "1df52bf1-5e6b-3b82-b10d-307dce868229";

    private final TestClock clock = new TestClock(NINE);

    @Test
    void oneRoundDeliversFullBatchesUntilOneComesBackShort() {
        FakeOutbox outbox = outboxOf(45);

        new OutboxDrainer(delivery(outbox), postedCards(outbox)).drain();

        IntStream.range(0, 45).forEach(i -> assertThat(outbox.lastError("private:turn-" + i))
                .as("message %d", i).startsWith("no usable personal chat"));
    }

    @Test
    void aRoundThatFailsLeavesTheOutboxToTheNextRound() {
        FakeOutbox messages = outboxOf(1);
        OutboxDrainer drainer = new OutboxDrainer(delivery(messages), postedCards(messages));
        messages.failNextClaim();

        drainer.drain();
        assertThat(messages.lastError("private:turn-0")).isNull();
        drainer.drain();

        assertThat(messages.lastError("private:turn-0")).startsWith("no usable personal chat");
    }

    private PostedCards postedCards(Outbox outbox) {
        return new PostedCards(new FakeEscalations(outbox), outbox, new AdaptiveCardRenderer(), clock);
    }

    private OutboxDelivery delivery(Outbox outbox) {
        return new OutboxDelivery(outbox, new FakeConversationReferences(),
                new CallTriageAdapter(null, null, null, Duration.ofSeconds(5)), clock, new RecordedWaits(clock),
                new Random(7), 20, Duration.ofMinutes(2), Duration.ofSeconds(5));
    }

    private FakeOutbox outboxOf(int count) {
        FakeOutbox outbox = new FakeOutbox();
        IntStream.range(0, count).forEach(i -> outbox.enqueue(new OutgoingMessage("private:turn-" + i,
                OutgoingMessage.Target.personalChat(TENANT, "person-" + i), "{\"type\":\"message\",\"text\":\"hi\"}"),
                NINE));
        return outbox;
    }
}
