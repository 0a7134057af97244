package com.calltriage.jobs;

import com.calltriage.config.CallTriageProperties;
import com.calltriage.config.ConditionalOnSubscription;
import com.calltriage.ingest.subscription.CatchUp;
import com.calltriage.ingest.subscription.SubscriptionKeeper;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the subscription is looked after: once the server is ready (Graph validates our webhooks while a
 * subscription is created, so they must answer by then), then every
 * {@code calltriage.graph.subscription-check-interval}. Every replica runs the schedule; the
 * keeper's lock lets one act at a time.
 */
@Component
@EnableScheduling
@ConditionalOnSubscription
class SubscriptionSchedule {
    private static final String CHECK_INTERVAL = "#{@'" + CallTriageProperties.BEAN_NAME
            + "'.graph().subscriptionCheckInterval()}";

    private final SubscriptionKeeper keeper;
    private final CatchUp catchUp;
    private final Executor work;

    SubscriptionSchedule(SubscriptionKeeper keeper, CatchUp catchUp, @Qualifier("subscriptionWork") Executor work) {
        this.keeper = keeper;
        this.catchUp = catchUp;
        this.work = work;
    }

    /** Subscribes first, so what arrives from then on is notified, then backfills what arrived before. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        work.execute(() -> {
            keeper.keep();
            catchUp.run(CatchUp.Reason.START_UP);
        });
    }

    @Scheduled(initialDelayString = CHECK_INTERVAL, fixedDelayString = CHECK_INTERVAL)
    void check() {
        keeper.keep();
    }
}
