package com.calltriage.bot;

import com.calltriage.command.Messages;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when a turn breaks: a short apology with a reference, the same reference the one log
 * line carries, so the helpdesk can find the cause.
 */
final class TurnFailures {
    private static final Logger LOG = LoggerFactory.getLogger(TurnFailures.class);

    private TurnFailures() {
    }

    /**
     * Apologises with a reference; but a reply the Bot Connector did not take fails the turn as it is, since the
     * apology would go the same way, for {@link BotController} to answer and log.
     */
    static CompletableFuture<Void> apologise(TurnContext turnContext, Throwable failure) {
        if (ConnectorFailures.describe(failure).isPresent()) {
            return CompletableFuture.failedFuture(failure);
        }
        String correlationId = newReference();
        LOG.error("Turn failed [{}] for activity {}", correlationId, turnContext.getActivity().getId(), failure);
        return turnContext.sendActivity(MessageFactory.text(Messages.apology(correlationId))).thenApply(r -> null);
    }

    /** A short id for one failure, given to the person who met it and written in the one log line about it. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
