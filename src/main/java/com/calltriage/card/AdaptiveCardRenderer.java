package com.calltriage.card;

import com.calltriage.audit.AuditView;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DebugView;
import com.calltriage.calls.DetailsView;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.HelpView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.command.reply.WelcomeView;
import com.calltriage.escalation.MessageWriter;
import com.calltriage.escalation.TicketListView;
import com.calltriage.escalation.TicketNoteView;
import com.calltriage.escalation.TicketView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.calltriage.summary.SummaryView;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the core's view models into Adaptive Cards (schema 1.5, as Teams renders them): each reply type has
 * its card here, one line each. A test finds every reply type in the code and fails for one without a card.
 */
public final class AdaptiveCardRenderer implements MessageWriter {
    /** The MIME type of an Adaptive Card attachment. */
    public static final String CONTENT_TYPE = Cards.CONTENT_TYPE;

    private static final Map<Class<? extends Reply>, Function<Reply, ObjectNode>> CARDS = Map.ofEntries(
            card(CallListView.class, CallCards::callList),
            card(DetailsView.class, CallCards::details),
            card(DebugView.class, DebugCards::debug),
            card(AuditView.class, AuditCard::of),
            card(SummaryView.class, SummaryCard::of),
            card(ChooseUserView.class, MessageCards::chooseUser),
            card(UnknownUserView.class, MessageCards::unknownUser),
            card(HelpView.class, MessageCards::help),
            card(AccessRefusedView.class, MessageCards::refused),
            card(WelcomeView.class, MessageCards::welcome),
            card(NoticeView.class, MessageCards::notice),
            card(TicketView.class, EscalationCards::ticket),
            card(TicketListView.class, EscalationCards::list),
            card(TicketNoteView.class, EscalationCards::note));

    /** @throws IllegalArgumentException for a reply type without a card, which a test keeps from happening */
    public ObjectNode render(Reply reply) {
        Function<Reply, ObjectNode> card = CARDS.get(reply.getClass());
        if (card == null) {
            throw new IllegalArgumentException("No card for " + reply.getClass().getSimpleName());
        }
        return card.apply(reply);
    }

    /**
     * The reply as the Bot Connector takes a message the bot sends on its own: {@code type} message, the line of
     * text when given, and the card as its one attachment.
     */
    @Override
    public String activityJson(Reply reply, String text) {
        ObjectNode activity = Cards.NODES.objectNode();
        activity.put("type", "message");
        if (text != null) {
            activity.put("text", text);
        }
        ArrayNode attachments = activity.putArray("attachments");
        ObjectNode attachment = attachments.addObject();
        attachment.put("contentType", CONTENT_TYPE);
        attachment.set("content", render(reply));
        return activity.toString();
    }

    /** The reply types that have a card. */
    public static Set<Class<? extends Reply>> rendered() {
        return CARDS.keySet();
    }

    private static <V extends Reply> Map.Entry<Class<? extends Reply>, Function<Reply, ObjectNode>> card(
            Class<V> type, Function<V, ObjectNode> layout) {
        return Map.entry(type, reply -> layout.apply(type.cast(reply)));
    }
}
