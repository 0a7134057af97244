package com.calltriage.bot;

import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.Messages;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import java.net.HttpURLConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to Universal Actions ({@code Action.Execute}, sent as an {@code adaptiveCard/action} invoke): a card
 * answer replaces the pressed card for the presser at once (the store's change updates it for everyone through the
 * outbox); a refusal or a notice ("Erin Cho has E-12") is a message Teams shows the presser alone, and the card
 * stays as it was.
 */
final class CardActions {
    /** The invoke Teams sends for an {@code Action.Execute} press. */
    static final String INVOKE = "adaptiveCard/action";
    private static final Logger LOG = LoggerFactory.getLogger(CardActions.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CardActions() {
    }

    static InvokeResponse answer(Reply reply, AdaptiveCardRenderer cards) {
        if (reply instanceof NoticeView notice) {
            return message(notice.title() + ". " + notice.text());
        }
        if (reply instanceof AccessRefusedView refused) {
            return message(refused.reason() + (refused.grantingRoles().isEmpty() ? ""
                    : " It needs one of: " + String.join("; ", refused.grantingRoles()) + "."));
        }
        ObjectNode body = NODES.objectNode();
        body.put("statusCode", HttpURLConnection.HTTP_OK);
        body.put("type", AdaptiveCardRenderer.CONTENT_TYPE);
        body.set("value", cards.render(reply));
        return new InvokeResponse(HttpURLConnection.HTTP_OK, body);
    }

    /** A press that broke: logged once with a reference, which the presser is given. */
    static InvokeResponse failed(Throwable failure, String activityId) {
        String reference = TurnFailures.newReference();
        LOG.error("Card action failed [{}] for activity {}", reference, activityId, failure);
        return message(Messages.apology(reference));
    }

    private static InvokeResponse message(String text) {
        ObjectNode body = NODES.objectNode();
        body.put("statusCode", HttpURLConnection.HTTP_OK);
        body.put("type", "application/vnd.microsoft.activity.message");
        body.put("value", text);
        return new InvokeResponse(HttpURLConnection.HTTP_OK, body);
    }
}
