package com.calltriage.jobs;

import com.calltriage.config.CallTriageProperties;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.CallRecordSource;
import com.calltriage.ingest.GraphRequestBudgets;
import com.calltriage.ingest.NotificationCounters;
import com.calltriage.ingest.NotificationQueue;
import com.calltriage.ingest.NotificationWorker;
import com.calltriage.ingest.RecordStoredListener;
import com.calltriage.ingest.SubscriptionState;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the notification queue in the background of the server, every
 * {@code calltriage.notifications.poll-interval}, {@code calltriage.notifications.batch-size}
 * notifications at a time, each claim held for {@code calltriage.notifications.lease}. Every replica runs it;
 * the queue's claims keep them off each other's rows. Shutting down, it hands back what it claimed but has not
 * started (see {@link DrainRounds}).
 *
 * <p>A round that handled any notification says so in the shared {@link SubscriptionState}: Graph was
 * delivering then, which is where a catch-up after downtime starts.
 *
 * <p>Without a {@link CallRecordSource} (Graph not configured) there is no worker: notifications stay
 * queued until a server with one starts. The source is looked up rather than required so the server
 * starts without Graph, whichever configuration declares the source.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class NotificationDrainer extends DrainRounds {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDrainer.class);
    private static final String POLL_INTERVAL = "#{@'" + CallTriageProperties.BEAN_NAME
            + "'.notifications().pollInterval()}";

    private final NotificationWorker worker;
    private final SubscriptionState state;
    private final Clock clock;

    @Autowired
    NotificationDrainer(ObjectProvider<CallRecordSource> sources, NotificationQueue queue, CallRecordImporter importer,
                        ObjectProvider<RecordStoredListener> listeners, NotificationCounters counters,
                        SubscriptionState state, GraphRequestBudgets budgets, Clock clock,
                        CallTriageProperties properties) {
        this(sources, queue, importer, listeners, counters, state, budgets, clock,
                properties.notifications().batchSize(), properties.notifications().lease());
    }

    NotificationDrainer(ObjectProvider<CallRecordSource> sources, NotificationQueue queue, CallRecordImporter importer,
                        ObjectProvider<RecordStoredListener> listeners, NotificationCounters counters,
                        SubscriptionState state, GraphRequestBudgets budgets, Clock clock, int batchSize,
                        Duration lease) {
        this.state = state;
        this.clock = clock;
        CallRecordSource source = sources.getIfAvailable();
        if (source == null) {
            LOG.info("No call record source: Graph notifications are queued but not fetched");
            this.worker = null;
        } else {
            this.worker = new NotificationWorker(queue, source, importer,
                    listeners.getIfAvailable(() -> RecordStoredListener.NONE), counters, clock, batchSize, lease,
                    budgets.fetching());
        }
    }

    /** Drains full batches until one comes back short; a failure waits for the next round. */
    @Scheduled(initialDelayString = POLL_INTERVAL, fixedDelayString = POLL_INTERVAL)
    void drain() {
        if (worker == null) {
            return;
        }
        inRound(this::drainRound);
    }

    private void drainRound() {
        try {
            int handled = FullBatches.drain(worker::drainOnce, worker.batchSize());
            if (handled > 0) {
                state.notificationHandled(clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.error("Draining the notification queue failed; trying again next round", e);
        }
    }

    @Override
    protected void stopDraining() {
        if (worker != null) {
            worker.stop();
        }
    }

    boolean isDraining() {
        return worker != null;
    }
}
