package com.calltriage.bot;

import com.calltriage.demo.DemoPerson;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's own chat with the running bot, as Teams sends it: every turn in the same conversation, so
 * "details 3" and "more" refer to the last list shown in it, each a second after the last on the server's clock.
 */
final class BotChat {
    private final BotClient bot;
    private final TestClock serverClock;
    private final DemoPerson person;
    private final String conversationId;
    private final List<JsonNode> cards = new ArrayList<>();

    BotChat(BotClient bot, TestClock serverClock, DemoPerson person, String conversationId) {
        this.bot = bot;
        this.serverClock = serverClock;
        this.person = person;
        this.conversationId = conversationId;
    }

    /** Sends the text and returns the card that answers it. */
    JsonNode say(String text) {
        return turn(message(text));
    }

    /** Adds the bot to the chat, as installing it does, and returns the card it greets with. */
    JsonNode addTheBot() {
        return turn(BotActivities.installingTheBot(message(null)));
    }

    /** Every card the bot sent in this chat, oldest first. */
    List<JsonNode> cards() {
        return List.copyOf(cards);
    }

    private ObjectNode message(String text) {
        ObjectNode activity = BotActivities.message(text, person.id(), person.tenantId(), "http://localhost:9/");
        return BotActivities.inPersonalChat(BotActivities.sentBy(activity, person.displayName()), conversationId);
    }

    private JsonNode turn(ObjectNode activity) {
        serverClock.advance(Duration.ofSeconds(1));
        try {
            JsonNode card = bot.cardFor(activity);
            cards.add(card);
            return card;
        } catch (Exception e) {
            throw new AssertionError("No card came back for " + activity, e);
        }
    }
}
