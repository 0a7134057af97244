package com.calltriage.config;

import com.calltriage.graph.GraphRetry;
import com.calltriage.graph.GraphSubscriptions;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.SubscriptionState;
import com.calltriage.ingest.subscription.CallRecordSubscriptions;
import com.calltriage.ingest.subscription.CatchUp;
import com.calltriage.ingest.subscription.NotificationUrls;
import com.calltriage.ingest.subscription.SubscriptionKeeper;
import com.calltriage.replicas.OnceAcrossReplicas;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The call records subscription, when the server has a public address for Graph to post to
 * ({@code calltriage.graph.notification-url}) and Graph is configured: the keeper that creates and renews it
 * and answers lifecycle events, and the catch-up after downtime. Sub-commands never subscribe.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSubscription
public class SubscriptionConfiguration {

    @Bean
    GraphSubscriptions graphSubscriptions(CallTriageProperties properties, GraphRetry retry, Clock clock) {
        return new GraphSubscriptions(CoreConfiguration.graphSettings(properties), retry, clock);
    }

    /** One thread for what lifecycle events and start-up set going, so the webhook answers Graph at once. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService subscriptionWork() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "graph-subscription");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CatchUp catchUp(Backfill backfill, SubscriptionState state, OnceAcrossReplicas once, Clock clock) {
        return new CatchUp(backfill, state, once, clock);
    }

    /**
     * @throws IllegalArgumentException at start-up when the notification URL is not an absolute URL or no client
     *                                  state is set: a subscription Graph cannot reach, or whose notifications we
     *                                  refuse, is worse than none
     */
    @Bean
    SubscriptionKeeper subscriptionKeeper(CallRecordSubscriptions subscriptions, SubscriptionState state,
                                          OnceAcrossReplicas once, CallTriageProperties properties, CatchUp catchUp,
                                          @Qualifier("subscriptionWork") ExecutorService work, Clock clock,
                                          ObjectProvider<MeterRegistry> meters) {
        SubscriptionKeeper keeper = new SubscriptionKeeper(subscriptions, state, once,
                NotificationUrls.beside(properties.graph().notificationUrl()), properties.graph().clientState(),
                catchUp, work, clock);
        meters.ifAvailable(registry -> {
            FunctionCounter.builder("calltriage.graph.subscription.created", keeper, SubscriptionKeeper::created)
                    .description("Call records subscriptions created").register(registry);
            FunctionCounter.builder("calltriage.graph.subscription.renewed", keeper, SubscriptionKeeper::renewed)
                    .description("Call records subscription renewals").register(registry);
            FunctionCounter.builder("calltriage.graph.subscription.failures", keeper, SubscriptionKeeper::failures)
                    .description("Keeping the subscription failed; tried again at the next check").register(registry);
        });
        return keeper;
    }
}
