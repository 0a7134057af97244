package com.calltriage.ingest.subscription;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The subscriptions through which Graph tells us of new and updated call records: Microsoft Graph in
 * production. Every method may throw {@link IOException} when Graph could not be reached or refused.
 */
public interface CallRecordSubscriptions {
    /** What a call records subscription watches. */
    String RESOURCE = "/communications/callRecords";

    /**
     * The longest a call records subscription may live: 4230 minutes (under three days), per Graph's table of
     * maximum subscription lengths per resource. Asking for more fails.
     */
    Duration MAX_LIFETIME = Duration.ofMinutes(4230);

    /** Every subscription this app holds, for any resource. */
    List<Subscription> list() throws IOException;

    /**
     * Subscribes to created and updated call records. Graph first checks both URLs with a validation request, so
     * the webhooks must answer before this returns.
     */
    Subscription create(NewSubscription request) throws IOException;

    /** @return the renewed subscription; empty when Graph no longer has it (404) */
    Optional<Subscription> renew(String subscriptionId, Instant expiresAt) throws IOException;

    /** Deletes the subscription; one Graph no longer has counts as deleted. */
    void delete(String subscriptionId) throws IOException;

    /**
     * @param notificationUrl          the public address of our change webhook
     * @param lifecycleNotificationUrl the public address of our lifecycle webhook
     * @param clientState              the secret Graph echoes in each notification
     * @param expiresAt                at most {@link #MAX_LIFETIME} from now
     */
    record NewSubscription(String notificationUrl, String lifecycleNotificationUrl, String clientState,
                           Instant expiresAt) {
        /** Leaves the secret out, so a request can be logged. */
        @Override
        public String toString() {
            return "NewSubscription[notificationUrl=" + notificationUrl + ", lifecycleNotificationUrl="
                    + lifecycleNotificationUrl + ", expiresAt=" + expiresAt + "]";
        }
    }
}
