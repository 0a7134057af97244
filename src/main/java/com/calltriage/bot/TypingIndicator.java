package com.calltriage.bot;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows "typing" in Teams while an answer takes longer than the delay, repeated every few seconds
 * (Teams hides the indicator after about three). Our own rather than the SDK's ShowTypingMiddleware,
 * whose background loop is not stopped by cancelling its future and goes on sending after the turn.
 */
final class TypingIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(TypingIndicator.class);
    private static final long REPEAT_MILLIS = 3000;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "typing-indicator");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration delay;

    TypingIndicator(Duration delay) {
        this.delay = delay;
    }

    /** Starts showing typing after the delay; close the returned handle when the answer is ready. */
    Handle startFor(TurnContext turnContext) {
        if (DeliveryModes.EXPECT_REPLIES.toString().equals(turnContext.getActivity().getDeliveryMode())) {
            return () -> { };
        }
        long firstAfter = delay.toMillis();
        if (firstAfter <= 0) {
            // No delay means at once: sent here, before the answer is worked out, not raced against it.
            send(turnContext);
            firstAfter = REPEAT_MILLIS;
        }
        ScheduledFuture<?> typing = scheduler.scheduleAtFixedRate(() -> send(turnContext), firstAfter,
                REPEAT_MILLIS, TimeUnit.MILLISECONDS);
        return () -> typing.cancel(false);
    }

    private static void send(TurnContext turnContext) {
        try {
            turnContext.sendActivity(new Activity(ActivityTypes.TYPING)).join();
        } catch (RuntimeException e) {
            // A lost typing indicator costs nothing; the answer itself is what matters.
            LOG.debug("Typing indicator not sent: {}", e.toString());
        }
    }

    /** Stops the indicator. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }
}
