package com.calltriage.bot;

import com.microsoft.bot.restclient.RestException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import okhttp3.Interceptor;

/**
 * Tells a reply the Bot Connector did not take (a dead, silent or refusing serviceUrl) from any other failure of a
 * turn: the first is the sender's to fix and is answered 424, the second is ours. Only the connector's own HTTP
 * client marks its failures, so an I/O failure elsewhere in a turn, reading Graph say, is never taken for one.
 */
final class ConnectorFailures {
    private ConnectorFailures() {
    }

    /** The connector client's outermost interceptor: marks every failure to reach the serviceUrl as one. */
    static Interceptor marking() {
        return chain -> {
            try {
                return chain.proceed(chain.request());
            } catch (IOException e) {
                throw new Unreachable(e);
            }
        };
    }

    /**
     * Why the reply did not reach the connector, in a few words for the log, when that is what {@code failure}
     * (or any of its causes) is; empty for any other failure.
     */
    static Optional<String> describe(Throwable failure) {
        Unreachable unreachable = null;
        boolean timedOut = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException refused && refused.response() != null) {
                return Optional.of("the connector answered " + refused.response().code());
            }
            unreachable = cause instanceof Unreachable marked ? marked : unreachable;
            timedOut |= cause instanceof InterruptedIOException;
        }
        if (unreachable == null) {
            return Optional.empty();
        }
        return Optional.of(timedOut ? "no answer within the connector timeout"
                : "no connection (" + unreachable.getCause().getClass().getSimpleName() + ")");
    }

    /** The serviceUrl could not be reached, or did not answer in time. */
    private static final class Unreachable extends IOException {
        Unreachable(IOException cause) {
            super("The Bot Connector at the activity's serviceUrl could not be reached", cause);
        }
    }
}
