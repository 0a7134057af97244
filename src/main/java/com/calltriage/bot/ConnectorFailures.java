package com.calltriage.bot;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.restclient.RestException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import okhttp3.Interceptor;
import retrofit2.Response;

/**
 * Tells a reply the Bot Connector did not take (a dead, silent or refusing serviceUrl) from any other failure of a
 * turn: the first is the sender's to fix and is answered 424, the second is ours. Only the connector's own HTTP
 * client marks its failures, so an I/O failure elsewhere in a turn, reading Graph say, is never taken for one.
 */
final class ConnectorFailures {
    private static final int MAX_CODE_LENGTH = 60;

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
        Optional<Response<?>> answer = answerOf(failure);
        if (answer.isPresent()) {
            return Optional.of("the connector answered " + answer.get().code() + errorCodeOf(failure));
        }
        Unreachable unreachable = null;
        boolean timedOut = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            unreachable = cause instanceof Unreachable marked ? marked : unreachable;
            timedOut |= cause instanceof InterruptedIOException;
        }
        if (unreachable == null) {
            return Optional.empty();
        }
        return Optional.of(timedOut ? "no answer within the connector timeout"
                : "no connection (" + unreachable.getCause().getClass().getSimpleName() + ")");
    }

    /** The connector's answer, when {@code failure} (or any of its causes) is one it refused a call with. */
    static Optional<Response<?>> answerOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException refused && refused.response() != null) {
                return Optional.of(refused.response());
            }
        }
        return Optional.empty();
    }

    /**
     * The error code Teams gave with a refusal ({@code BotNotInConversationRoster}, say), in parentheses, cut to what
     * a code needs: it comes from whatever answers at the serviceUrl.
     */
    private static String errorCodeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException refused && refused.body() != null
                    && refused.body().getError() != null && refused.body().getError().getCode() != null) {
                String code = refused.body().getError().getCode();
                return " (" + code.substring(0, Math.min(code.length(), MAX_CODE_LENGTH)) + ")";
            }
        }
        return "";
    }

    /** The serviceUrl could not be reached, or did not answer in time. */
    private static final class Unreachable extends IOException {
        Unreachable(IOException cause) {
            super("The Bot Connector at the activity's serviceUrl could not be reached", cause);
        }
    }
}
