package com.calltriage.bot;

import com.calltriage.access.Caller;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The thin translator between Bot Framework activities and the core: a message becomes a
 * {@link ChatRequest}, the core's view model comes back as an Adaptive Card.
 */
public class CallTriageBot extends ActivityHandler {
    private final CommandDispatcher dispatcher;
    private final AdaptiveCardRenderer cards;
    private final TypingIndicator typing;

    /**
     * @param typingDelay how long an answer may take before Teams shows that the bot is typing
     */
    public CallTriageBot(CommandDispatcher dispatcher, AdaptiveCardRenderer cards, Duration typingDelay) {
        this.dispatcher = dispatcher;
        this.cards = cards;
        this.typing = new TypingIndicator(typingDelay);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        ChannelAccount from = activity.getFrom();
        Caller caller = new Caller(from == null ? null : from.getAadObjectId(), from == null ? null : from.getName(),
                TeamsChannelData.tenantId(activity));
        String conversation = activity.getConversation() == null ? null : activity.getConversation().getId();
        Reply reply;
        try (TypingIndicator.Handle ignored = typing.startFor(turnContext)) {
            reply = dispatcher.answer(new ChatRequest(commandText(activity), caller, conversation));
        } catch (RuntimeException e) {
            // As a failed future it reaches the adapter's turn-error handler, which logs it once and apologises.
            return CompletableFuture.failedFuture(e);
        }
        return send(turnContext, reply);
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        return send(turnContext, dispatcher.welcome());
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turnContext) {
        return send(turnContext, dispatcher.welcome());
    }

    private CompletableFuture<Void> send(TurnContext turnContext, Reply reply) {
        Attachment card = new Attachment();
        card.setContentType(AdaptiveCardRenderer.CONTENT_TYPE);
        card.setContent(cards.render(reply));
        return turnContext.sendActivity(MessageFactory.attachment(card)).thenApply(sent -> null);
    }

    /**
     * What the person asked: the typed text without the bot's @mention, or, for a card button, the
     * command the button carries. Both are parsed and checked the same way.
     */
    static String commandText(Activity activity) {
        if (activity.getValue() != null) {
            JsonNode value = Serialization.objectToTree(activity.getValue());
            if (value != null && value.path("command").isTextual()) {
                return value.get("command").asText();
            }
        }
        String text = Objects.requireNonNullElse(activity.getText(), "");
        if (activity.getRecipient() != null && activity.getRecipient().getId() != null) {
            text = Activity.removeMentionTextImmutable(activity, activity.getRecipient().getId());
        }
        // A mention of the bot that the channel did not list as an entity is still not part of the command.
        return text == null ? "" : text.replaceAll("<at>[^<]*</at>", " ").strip();
    }
}
