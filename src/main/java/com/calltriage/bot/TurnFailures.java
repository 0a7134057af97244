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

    static CompletableFuture<Void> apologise(TurnContext turnContext, Throwable failure) {
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Turn failed [{}] for activity {}", correlationId, turnContext.getActivity().getId(), failure);
        return turnContext.sendActivity(MessageFactory.text(Messages.apology(correlationId))).thenApply(r -> null);
    }
}
