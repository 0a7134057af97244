package com.calltriage.bot;

import com.calltriage.access.Caller;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.Answers;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.Messages;
import com.calltriage.command.reply.FileReply;
import com.calltriage.command.reply.Reply;
import com.calltriage.conversation.Audience;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.TeamInfo;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * The thin translator between Bot Framework activities and the core: a message becomes a
 * {@link ChatRequest}, the core's view model comes back as an Adaptive Card, or for an export, as a file
 * offered with Teams' consent card.
 */
public class CallTriageBot extends TeamsActivityHandler {
    private final CommandDispatcher dispatcher;
    private final AdaptiveCardRenderer cards;
    private final TypingIndicator typing;
    private final ExportDelivery exports;
    private final PrivateAnswers privately;

    /**
     * @param typingDelay how long an answer may take before Teams shows that the bot is typing
     * @param uploads     the HTTP client that uploads exported files; it is made to follow no redirects
     * @param uploadHosts where exported files may be uploaded
     * @param references  the conversations kept, to find an asker's personal chat
     * @param outbox      where answers for an asker alone are queued
     */
    public CallTriageBot(CommandDispatcher dispatcher, AdaptiveCardRenderer cards, Duration typingDelay,
                         OkHttpClient uploads, UploadHosts uploadHosts, ConversationReferences references,
                         Outbox outbox, Clock clock) {
        this.dispatcher = dispatcher;
        this.cards = cards;
        this.typing = new TypingIndicator(typingDelay);
        this.exports = new ExportDelivery(new FileUploads(uploads, uploadHosts));
        this.privately = new PrivateAnswers(references, outbox, clock);
    }

    /**
     * Answers where the question was asked. In a shared conversation that is what everyone there may read; the
     * asker's full answer, when there is one, is queued for their personal chat, and the shared answer says so.
     */
    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        ChatRequest request = request(turnContext, commandText(turnContext.getActivity()));
        Answers answers;
        try (TypingIndicator.Handle ignored = typing.startFor(turnContext)) {
            answers = dispatcher.answerAll(request);
            if (answers.privately() != null) {
                privately.send(request.caller().tenantId(), request.caller().objectId(), request.conversationId(),
                        turnContext.getActivity().getId(), card(answers.privately()));
            }
        } catch (RuntimeException e) {
            // As a failed future it reaches the adapter's turn-error handler, which logs it once and apologises.
            return CompletableFuture.failedFuture(e);
        }
        Reply here = answers.here();
        Activity reply = MessageFactory.attachment(here instanceof FileReply file ? exports.offer(file) : card(here));
        if (answers.note() != null) {
            reply.setText(answers.note());
        }
        return turnContext.sendActivity(reply).thenApply(sent -> null);
    }

    /**
     * Answers to a file consent card are taken here rather than by the SDK, which turns any failure while handling
     * one, and an answer without an action, into a 500 carrying the exception's message. A failure goes to the
     * turn's error handler like any other; an answer that cannot be read is told so.
     */
    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turnContext) {
        if (CardActions.INVOKE.equals(turnContext.getActivity().getName())) {
            return CompletableFuture.completedFuture(onCardAction(turnContext));
        }
        if (!ExportDelivery.CONSENT_INVOKE.equals(turnContext.getActivity().getName())) {
            return super.onInvokeActivity(turnContext);
        }
        Optional<FileConsentCardResponse> response = ExportDelivery.consentOf(turnContext.getActivity());
        CompletableFuture<Void> handled = switch (response.map(FileConsentCardResponse::getAction).orElse("")) {
            case "accept" -> onTeamsFileConsentAccept(turnContext, response.get());
            case "decline" -> onTeamsFileConsentDecline(turnContext, response.get());
            default -> say(turnContext, Messages.fileOfferUnreadable());
        };
        return handled.thenApply(done -> new InvokeResponse(HttpURLConnection.HTTP_OK, null));
    }

    /**
     * A press of an {@code Action.Execute} button: its command is read and checked like typed text (the presser's
     * role is looked up as for any question), and the answer goes back in the invoke's response, see
     * {@link CardActions}. Teams may send the same invoke again; the commands behind these buttons change their
     * ticket once whatever the number of presses.
     */
    private InvokeResponse onCardAction(TurnContext turnContext) {
        try {
            return CardActions.answer(dispatcher.answer(request(turnContext, commandText(turnContext.getActivity()))),
                    cards);
        } catch (RuntimeException e) {
            return CardActions.failed(e, turnContext.getActivity().getId());
        }
    }

    /**
     * The user accepted a file: make it again for them, upload it where Teams said, and show it; or say that the
     * upload failed. The core audits the question once, with where the file went and whether it got there.
     */
    @Override
    protected CompletableFuture<Void> onTeamsFileConsentAccept(TurnContext turnContext,
                                                              FileConsentCardResponse response) {
        Optional<String> command = ExportDelivery.commandOf(response);
        if (command.isEmpty() || response.getUploadInfo() == null) {
            return say(turnContext, Messages.fileOfferUnreadable());
        }
        try {
            Reply reply = dispatcher.answer(request(turnContext, command.get()), exports.to(response.getUploadInfo()));
            return send(turnContext, reply instanceof FileReply
                    ? ExportDelivery.shown(response.getUploadInfo()) : card(reply));
        } catch (RuntimeException e) {
            // Apologised for here, so that Teams still gets its answer to the invoke.
            return TurnFailures.apologise(turnContext, e);
        }
    }

    @Override
    protected CompletableFuture<Void> onTeamsFileConsentDecline(TurnContext turnContext,
                                                               FileConsentCardResponse response) {
        return say(turnContext, Messages.fileDeclined(ExportDelivery.commandOf(response).orElse(null)));
    }

    /**
     * People joining a team or chat the bot is in get no welcome: it would be noise in a channel, and Teams
     * also says when the bot is installed, which is when the welcome is sent. Nobody's profile is fetched.
     */
    @Override
    protected CompletableFuture<Void> onTeamsMembersAddedDispatch(List<ChannelAccount> membersAdded, TeamInfo team,
                                                                  TurnContext turnContext) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turnContext) {
        return send(turnContext, card(dispatcher.welcome()));
    }

    /**
     * Who asks what, where, and who reads the answer there: the asker alone in a personal chat (which local clients
     * do not name), everyone in a group chat or channel, where the asker's personal chat is looked up for the rest;
     * and the time zone the asker's client reports, in whose days the question is read.
     */
    private ChatRequest request(TurnContext turnContext, String text) {
        Activity activity = turnContext.getActivity();
        ChannelAccount from = activity.getFrom();
        Caller caller = new Caller(from == null ? null : from.getAadObjectId(), from == null ? null : from.getName(),
                TeamsChannelData.tenantId(activity));
        ConversationAccount conversation = activity.getConversation();
        Audience audience = Audience.ofConversationType(conversation == null ? null
                : conversation.getConversationType());
        String personalChat = audience.isShared()
                ? privately.personalChatOf(caller.tenantId(), caller.objectId()).orElse(null) : null;
        return new ChatRequest(text, caller, conversation == null ? null : conversation.getId(), audience,
                personalChat, ClientTimeZone.of(activity).orElse(ChatRequest.DEFAULT_TIME_ZONE));
    }

    private Attachment card(Reply reply) {
        Attachment card = new Attachment();
        card.setContentType(AdaptiveCardRenderer.CONTENT_TYPE);
        card.setContent(cards.render(reply));
        return card;
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Attachment attachment) {
        return turnContext.sendActivity(MessageFactory.attachment(attachment)).thenApply(sent -> null);
    }

    private static CompletableFuture<Void> say(TurnContext turnContext, String text) {
        return turnContext.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    /**
     * What the person asked: the typed text without the bot's @mention, or, for a card button, the
     * command the button carries ({@code value.command} for Action.Submit, {@code value.action.data.command} for
     * Action.Execute), followed by what the button's form asked for: an input {@code to} as " to <value>", an input
     * {@code note} as ": <value>". Both are parsed and checked the same way.
     */
    static String commandText(Activity activity) {
        if (activity.getValue() != null) {
            JsonNode value = Serialization.objectToTree(activity.getValue());
            JsonNode data = value == null ? null : value.path("command").isTextual() ? value
                    : value.path("action").path("data");
            if (data != null && data.path("command").isTextual()) {
                return data.get("command").asText() + input(data, "to", " to ") + input(data, "note", ": ");
            }
        }
        String text = Objects.requireNonNullElse(activity.getText(), "");
        if (activity.getRecipient() != null && activity.getRecipient().getId() != null) {
            text = withoutMentionsOf(text, activity.getEntities(), activity.getRecipient().getId());
        }
        // A mention of the bot that the channel did not list as an entity is still not part of the command.
        return text.replaceAll("<at>[^<]*</at>", " ").strip();
    }

    /** An input a button's form filled in, with the words that put it in the command; empty when left blank. */
    private static String input(JsonNode data, String id, String before) {
        String value = data.path(id).isTextual() ? data.get(id).asText().strip() : "";
        return value.isEmpty() ? "" : before + value;
    }

    /**
     * The text without the mentions of {@code id}. Ours, not the SDK's, which fails on an entity without a type;
     * such an entity, or one that is not a readable mention, mentions nobody.
     */
    private static String withoutMentionsOf(String text, List<Entity> entities, String id) {
        String without = text;
        for (Entity entity : entities == null ? List.<Entity>of() : entities) {
            Mention mention = entity != null && "mention".equalsIgnoreCase(entity.getType())
                    ? entity.getAs(Mention.class) : null;
            if (mention != null && mention.getText() != null && mention.getMentioned() != null
                    && id.equals(mention.getMentioned().getId())) {
                without = without.replace(mention.getText(), " ");
            }
        }
        return without;
    }
}
