package com.calltriage.bot;

import com.calltriage.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import retrofit2.Response;

/**
 * Why the Bot Connector did not take a message the bot sent on its own, as far as what to do next goes. Microsoft
 * asks bots to retry 429, 412, 502 and 504 with backoff; a refusal that names the message itself is not retried.
 */
enum DeliveryFailure {
    /** 429: Teams throttled the conversation; try again after what Retry-After says. */
    THROTTLED,
    /** 408, 412, any 5xx, a timeout, a failed connection, or anything unexpected: it passes; back off, try again. */
    PASSING,
    /**
     * Any other answer, such as 400, 403 (the bot is not in the conversation) or 404: trying again would be refused
     * again, so the message is set aside. An unexpected success is set aside too, since the message may have arrived.
     */
    REFUSED;

    private static final int TOO_MANY_REQUESTS = 429;

    static DeliveryFailure of(Throwable failure) {
        Optional<Response<?>> answer = ConnectorFailures.answerOf(failure);
        if (answer.isEmpty()) {
            return PASSING;
        }
        int status = answer.get().code();
        if (status == TOO_MANY_REQUESTS) {
            return THROTTLED;
        }
        return status == 408 || status == 412 || status >= 500 ? PASSING : REFUSED;
    }

    /** The wait the connector's answer asked for in its Retry-After header; empty when it asked for none. */
    static Optional<Duration> retryAfter(Throwable failure, Clock clock) {
        return ConnectorFailures.answerOf(failure)
                .flatMap(answer -> RetryAfter.parse(answer.headers().get("Retry-After"), clock));
    }
}
