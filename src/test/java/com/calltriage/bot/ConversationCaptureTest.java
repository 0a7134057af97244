package com.calltriage.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReference.Kind;
import com.calltriage.testing.FakeConversationReferences;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the bot keeps from each activity to speak there later, and what makes it forget a conversation. */
class ConversationCaptureTest {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final String TENANT = "1df52bf1-5e6b-3b82-b10d-307dce868229";
    private static final String ALICE = "cb25c4bf-18bb-370c-8432-ae85023e6242";
    private static final String SERVICE = "https://smba.trafficmanager.net/emea/";

    private final FakeConversationReferences references = new FakeConversationReferences();
    private final ConversationCapture capture = new ConversationCapture(references, new TestClock(NINE));

    @Test
    void personalChatMessageKeepsEverythingNeededToReachThePersonLater() {
        ObjectNode message = BotActivities.message("hello", ALICE, TENANT, SERVICE);
        message.put("localTimezone", "Europe/London");

        capture.capture(activity(message));

        assertThat(references.personalChatOf(TENANT, ALICE)).contains(new ConversationReference(TENANT,
                "a:personal-chat-1", Kind.PERSONAL, SERVICE, ALICE, "29:" + ALICE, null, null, "28:calltriage-bot",
                "Europe/London", true, NINE));
    }

    @Test
    void theTeamsClientsTimeZoneIsTakenFromItsClientInfoWhenTheActivityHasNoLocalTimezone() {
        ObjectNode message = BotActivities.message("hello", ALICE, TENANT, SERVICE);
        message.putArray("entities").addObject().put("type", "clientInfo").put("locale", "en-GB")
                .put("timezone", "Europe/Berlin");

        capture.capture(activity(message));

        assertThat(references.personalChatOf(TENANT, ALICE)).map(ConversationReference::timeZone)
                .contains("Europe/Berlin");
    }

    @Test
    void aTimeZoneNoOneCouldPlaceATimeInIsNotKept() {
        ObjectNode message = BotActivities.message("hello", ALICE, TENANT, SERVICE);
        message.put("localTimezone", "Mars/Olympus_Mons");

        capture.capture(activity(message));

        assertThat(references.personalChatOf(TENANT, ALICE)).map(ConversationReference::timeZone).isEmpty();
    }

    @Test
    void channelMessageKeepsTheChannelNotItsThreadAndAPersonalChatToOpenForItsSender() {
        ObjectNode message = inChannel(BotActivities.message("@CallTriage show last calls for bob", ALICE, TENANT,
                SERVICE));

        capture.capture(activity(message));

        assertThat(references.find(TENANT, "19:helpdesk@thread.tacv2")).contains(
                new ConversationReference(TENANT, "19:helpdesk@thread.tacv2", Kind.CHANNEL, SERVICE,
                        null, null, "19:team@thread.tacv2", "19:helpdesk@thread.tacv2", "28:calltriage-bot", null,
                        true, NINE));
        assertThat(references.personalChatOf(TENANT, ALICE)).hasValueSatisfying(chat -> {
            assertThat(chat.conversationId()).isNull();
            assertThat(chat.userTeamsId()).isEqualTo("29:" + ALICE);
            assertThat(chat.serviceUrl()).isEqualTo(SERVICE);
            assertThat(chat.botId()).isEqualTo("28:calltriage-bot");
        });
    }

    @Test
    void installingTheBotInAGroupChatKeepsTheGroupChat() {
        ObjectNode installed = BotActivities.installingTheBot(inGroupChat(BotActivities.message("", ALICE, TENANT,
                SERVICE)));

        capture.capture(activity(installed));

        assertThat(references.find(TENANT, "19:group@thread.v2")).map(ConversationReference::kind)
                .contains(Kind.GROUP_CHAT);
    }

    @Test
    void uninstallingTheBotMakesItsPersonalChatUnusable() {
        capture.capture(activity(BotActivities.message("hello", ALICE, TENANT, SERVICE)));

        ObjectNode removed = BotActivities.installingTheBot(BotActivities.message("", ALICE, TENANT, SERVICE));
        removed.put("action", "remove");
        capture.capture(activity(removed));

        assertThat(references.personalChatOf(TENANT, ALICE)).isEmpty();
        assertThat(references.find(TENANT, "a:personal-chat-1")).map(ConversationReference::usable).contains(false);
    }

    @Test
    void removingTheBotFromAGroupChatMakesItUnusableButRemovingSomeoneElseDoesNot() {
        capture.capture(activity(inGroupChat(BotActivities.message("hello", ALICE, TENANT, SERVICE))));

        capture.capture(activity(removing("29:bob", inGroupChat(BotActivities.message("", ALICE, TENANT, SERVICE)))));
        assertThat(usable("19:group@thread.v2")).contains(true);

        capture.capture(activity(removing("28:calltriage-bot",
                inGroupChat(BotActivities.message("", ALICE, TENANT, SERVICE)))));
        assertThat(usable("19:group@thread.v2")).contains(false);
    }

    @Test
    void anActivityWithoutAServiceUrlOrTenantIsPassedOver() {
        capture.capture(activity(BotActivities.message("hello", ALICE, TENANT, null)));
        ObjectNode noTenant = BotActivities.message("hello", ALICE, null, SERVICE);
        noTenant.remove("channelData");
        capture.capture(activity(noTenant));

        assertThat(references.find(TENANT, "a:personal-chat-1")).isEmpty();
    }

    @Test
    void aStoreThatFailsIsLoggedOnceAndNothingIsThrown() {
        ConversationCapture failing = new ConversationCapture(new SwitchableReferences().down(true),
                new TestClock(NINE));

        try (CapturedLog log = new CapturedLog()) {
            failing.capture(activity(BotActivities.message("hello", ALICE, TENANT, SERVICE)));

            assertThat(log.warnings()).singleElement().satisfies(line ->
                    assertThat(line.getFormattedMessage()).contains("a:personal-chat-1", "connection refused"));
        }
    }

    private Optional<Boolean> usable(String conversationId) {
        return references.find(TENANT, conversationId).map(ConversationReference::usable);
    }

    private static ObjectNode inChannel(ObjectNode activity) {
        ObjectNode conversation = (ObjectNode) activity.get("conversation");
        conversation.put("id", "19:helpdesk@thread.tacv2;messageid=1");
        conversation.put("conversationType", "channel");
        ObjectNode data = (ObjectNode) activity.get("channelData");
        data.putObject("team").put("id", "19:team@thread.tacv2");
        data.putObject("channel").put("id", "19:helpdesk@thread.tacv2");
        return activity;
    }

    private static ObjectNode inGroupChat(ObjectNode activity) {
        ObjectNode conversation = (ObjectNode) activity.get("conversation");
        conversation.put("id", "19:group@thread.v2");
        conversation.put("conversationType", "groupChat");
        return activity;
    }

    private static ObjectNode removing(String memberId, ObjectNode activity) {
        activity.put("type", "conversationUpdate");
        activity.remove("text");
        activity.putArray("membersRemoved").addObject().put("id", memberId);
        return activity;
    }

    private static Activity activity(ObjectNode json) {
        return ActivityRequests.activity(json.toString().getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
