package com.calltriage.card;

import com.calltriage.command.AccessRefusedView;
import com.calltriage.command.AuditView;
import com.calltriage.command.CallListView;
import com.calltriage.command.ChooseUserView;
import com.calltriage.command.DebugView;
import com.calltriage.command.DetailsView;
import com.calltriage.command.HelpView;
import com.calltriage.command.NoticeView;
import com.calltriage.command.Reply;
import com.calltriage.command.UnknownUserView;
import com.calltriage.command.WelcomeView;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns the core's view models into Adaptive Cards (schema 1.5, as Teams renders them). */
public final class AdaptiveCardRenderer {
    /** The MIME type of an Adaptive Card attachment. */
    public static final String CONTENT_TYPE = Cards.CONTENT_TYPE;

    public ObjectNode render(Reply reply) {
        if (reply instanceof CallListView view) {
            return CallCards.callList(view);
        }
        if (reply instanceof DetailsView view) {
            return CallCards.details(view);
        }
        if (reply instanceof DebugView view) {
            return DebugCards.debug(view);
        }
        if (reply instanceof AuditView view) {
            return AuditCard.of(view);
        }
        if (reply instanceof ChooseUserView view) {
            return MessageCards.chooseUser(view);
        }
        if (reply instanceof UnknownUserView view) {
            return MessageCards.unknownUser(view);
        }
        if (reply instanceof HelpView view) {
            return MessageCards.help(view);
        }
        if (reply instanceof AccessRefusedView view) {
            return MessageCards.refused(view);
        }
        if (reply instanceof WelcomeView view) {
            return MessageCards.welcome(view);
        }
        if (reply instanceof NoticeView view) {
            return MessageCards.notice(view);
        }
        throw new IllegalArgumentException("No card for " + reply.getClass().getSimpleName());
    }
}
