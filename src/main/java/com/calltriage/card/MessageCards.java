package com.calltriage.card;

import static com.calltriage.card.CardText.escape;
import static com.calltriage.card.Cards.actions;
import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.heading;
import static com.calltriage.card.Cards.plain;
import static com.calltriage.card.Cards.submit;
import static com.calltriage.card.Cards.subtle;
import static com.calltriage.card.Cards.text;

import com.calltriage.callrecord.GraphRetention;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.HelpView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.command.reply.WelcomeView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The conversational cards: welcome, help, refusals, notices and choosing a user. */
final class MessageCards {
    private MessageCards() {
    }

    static ObjectNode notice(NoticeView view) {
        ObjectNode card = card();
        body(card).add(heading(view.title()));
        body(card).add(plain(view.text()));
        return card;
    }

    static ObjectNode chooseUser(ChooseUserView view) {
        ObjectNode card = card();
        body(card).add(heading("Which " + view.term() + "?"));
        body(card).add(text(view.candidates().size() + " users match. Choose one:"));
        addCandidates(card, view.candidates());
        return card;
    }

    static ObjectNode unknownUser(UnknownUserView view) {
        ObjectNode card = card();
        body(card).add(heading("I can't find " + view.term()));
        body(card).add(text("No one with that name, alias, UPN or object id took part in a call in the last "
                + GraphRetention.PERIOD.toDays() + " days."));
        if (!view.suggestions().isEmpty()) {
            body(card).add(text("Did you mean:"));
            addCandidates(card, view.suggestions());
        } else {
            body(card).add(subtle("Check the spelling, or try the full UPN, such as alice@contoso.com."));
        }
        return card;
    }

    private static void addCandidates(ObjectNode card, List<ChooseUserView.Candidate> candidates) {
        for (ChooseUserView.Candidate candidate : candidates) {
            String title = candidate.userPrincipalName() == null ? candidate.displayName()
                    : candidate.displayName() + " (" + candidate.userPrincipalName() + ")";
            actions(card).add(submit(title, candidate.command()));
        }
    }

    static ObjectNode help(HelpView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        if (view.notUnderstood() != null) {
            body.add(heading("I did not understand \"" + view.notUnderstood() + "\""));
            if (view.didYouMean() != null) {
                body.add(text("Did you mean **" + escape(view.didYouMean()) + "**?"));
            }
            body.add(text("Here is what you can ask me:"));
        } else {
            body.add(heading("What you can ask me"));
        }
        ObjectNode facts = Cards.factSet();
        for (HelpView.Entry entry : view.commands()) {
            Cards.fact(facts, escape(entry.example()), escape(entry.summary()));
        }
        body.add(facts);
        if (!view.tips().isEmpty()) {
            ObjectNode naming = Cards.bold("How to name things");
            naming.put("spacing", "Medium");
            body.add(naming);
            view.tips().forEach(tip -> body.add(Cards.plain(tip)));
        }
        if (view.didYouMean() != null) {
            actions(card).add(submit(view.didYouMean(), view.didYouMean()));
        }
        return card;
    }

    static ObjectNode refused(AccessRefusedView view) {
        ObjectNode card = card();
        body(card).add(heading("Access needed"));
        body(card).add(plain(view.reason()));
        if (!view.grantingRoles().isEmpty()) {
            // Said of what was asked: someone refused one command may well use the others.
            body(card).add(text("That needs one of these roles in Microsoft Entra ID, which your Teams "
                    + "administrator can assign:"));
            for (String role : view.grantingRoles()) {
                body(card).add(plain("• " + role));
            }
        }
        return card;
    }

    static ObjectNode welcome(WelcomeView view) {
        ObjectNode card = card();
        body(card).add(heading("Hi, I'm CallTriage"));
        body(card).add(text("I help the helpdesk find out why a Teams call went wrong. Ask me about a user's "
                + "recent calls and I show each one with who it was with and how long it lasted."));
        body(card).add(text("Try: **" + escape(view.example()) + "**, or **help** for everything I can do."));
        actions(card).add(submit(view.example(), view.example()));
        return card;
    }
}
