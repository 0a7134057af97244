package com.calltriage.jobs;

import com.calltriage.bot.OutboxDelivery;
import com.calltriage.config.CallTriageProperties;
import com.calltriage.escalation.PostedCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds in the background of the server, every {@code calltriage.outbox.poll-interval},
 * {@code calltriage.outbox.batch-size} messages at a time. Every replica runs it; the outbox's claims keep them off
 * each other's messages. After each round, the tickets whose cards were delivered keep their thread's ids.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class OutboxDrainer extends DrainRounds {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainer.class);
    private static final String POLL_INTERVAL = "#{@'" + CallTriageProperties.BEAN_NAME + "'.outbox().pollInterval()}";

    private final OutboxDelivery delivery;
    private final PostedCards postedCards;

    OutboxDrainer(OutboxDelivery delivery, PostedCards postedCards) {
        this.delivery = delivery;
        this.postedCards = postedCards;
    }

    /** Delivers full batches until one comes back short; a failure waits for the next round. */
    @Scheduled(initialDelayString = POLL_INTERVAL, fixedDelayString = POLL_INTERVAL)
    void drain() {
        inRound(() -> {
            try {
                FullBatches.drain(delivery::drainOnce, delivery.batchSize());
                postedCards.keepThreads();
            } catch (RuntimeException e) {
                LOG.error("Delivering the outbox failed; trying again next round", e);
            }
        });
    }

    @Override
    protected void stopDraining() {
        delivery.stop();
    }
}
