package com.calltriage.bot;

import static com.calltriage.bot.AliceCall.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.demo.DemoPerson;
import com.calltriage.demo.DemoTenant;
import com.calltriage.demo.DemoTrouble;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The whole chat as Teams drives it: an activity posted to /api/messages in one person's chat with the bot,
 * through access control, the commands, masking and the card renderer, to the Adaptive Card in the
 * expectReplies response. Every role meets every kind of card the bot sends, and each card is checked for
 * what that person would notice: its title, its content or a refusal naming the roles that grant access,
 * and what masking shows, cuts or hides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "calltriage.store.url=jdbc:h2:mem:chat-end-to-end;DB_CLOSE_DELAY=-1",
    "calltriage.demo.enabled=true"
})
class ChatEndToEndTest {
    private static final int TEAMS_CARD_LIMIT = 28 * 1024;
    private static final List<AliceCall> ALICES_CALLS = AliceCall.newestFirst();
    private static final AliceCall VPN_MEETING = AliceCall.newestMeetingWith(DemoTrouble.VPN_PACKET_LOSS);

    private static final Set<Asker> EVERYONE = EnumSet.allOf(Asker.class);
    private static final Set<Asker> WITH_A_ROLE = EnumSet.of(Asker.SPECIALIST, Asker.ENGINEER, Asker.ADMIN,
            Asker.MANAGER);
    private static final Set<Asker> CALL_READERS = EnumSet.of(Asker.SPECIALIST, Asker.ENGINEER, Asker.ADMIN);
    private static final Set<Asker> ENGINEERS = EnumSet.of(Asker.ENGINEER, Asker.ADMIN);
    private static final Set<Asker> ADMINS = EnumSet.of(Asker.ADMIN);

    /** The demo's people, one per role, and someone from a partner tenant; each with the Entra role they hold. */
    enum Asker {
        SPECIALIST("sam", "Teams Communications Support Specialist"),
        ENGINEER("erin", "Teams Communications Support Engineer"),
        ADMIN("adam", "Teams Administrator"),
        MANAGER("maria", "CallTriage managers group"),
        NO_ROLE("bob", null),
        OTHER_TENANT("pierre", null);

        final DemoPerson person;
        final String entraRole;

        Asker(String alias, String entraRole) {
            this.person = new DemoTenant().byAlias(alias);
            this.entraRole = entraRole;
        }
    }

    /**
     * Every kind of card the bot sends: its title, who gets it (everyone else is refused), what to say for it
     * in a chat of its own, and what else it must show the asker.
     */
    enum Kind {
        WELCOME("Hi, I'm CallTriage", EVERYONE, BotChat::addTheBot,
                (card, asker) -> assertThat(card).contains("**show last calls for alice**", "**help**")),
        HELP("What you can ask me", WITH_A_ROLE, say("help"), ChatEndToEndTest::offersWhatTheRoleMayAsk),
        NOT_UNDERSTOOD("I did not understand \"shwo calls alice\"", WITH_A_ROLE, say("shwo calls alice"),
                ChatEndToEndTest::suggestsTheClosestCommand),
        CALL_LIST("Calls of Alice Wood", CALL_READERS, say("show last calls for alice"),
                ChatEndToEndTest::listsAlicesNewestTenCalls),
        CALL_LIST_OF_DAYS("Calls of Alice Wood", CALL_READERS, say("calls for alice from 2026-11-01 to 2026-11-05"),
                ChatEndToEndTest::listsAlicesCallsOfTheFirstFiveDaysOfNovember),
        OLDER_CALLS("Calls of Alice Wood", CALL_READERS, sayAfterAList("more"),
                ChatEndToEndTest::listsAlicesNextTenCalls),
        CHOOSE_USER("Which Jordan Smith?", CALL_READERS, say("show calls for Jordan Smith"),
                (card, asker) -> assertThat(card).contains("2 users match", "Jordan Smith (jordan@contoso.com)",
                        "Jordan Smith (jordan.smith@contoso.com)", "show last calls for jordan.smith@contoso.com")),
        UNKNOWN_USER("I can't find alise", CALL_READERS, say("show calls for alise"),
                (card, asker) -> assertThat(card).contains("Did you mean", "Alice Wood (alice@contoso.com)",
                        "show last calls for alice@contoso.com")),
        DETAILS_BY_NUMBER("Call details", CALL_READERS, sayAfterAList("details 1"),
                ChatEndToEndTest::detailsAlicesNewestCall),
        DETAILS_BY_CALL_ID("Meeting details", CALL_READERS, say("details " + VPN_MEETING.id() + " for alice"),
                ChatEndToEndTest::detailsTheMeetingWithPacketLossOverVpn),
        DEBUG("Debug: Alice Wood's call", ENGINEERS, say("debug " + VPN_MEETING.id() + " for alice"),
                ChatEndToEndTest::debugsTheMeetingWithPacketLossOverVpn),
        AUDIT("Questions asked about Alice Wood", ADMINS, sayAfterAList("audit for alice"),
                // The asker by the name Teams sent, with their role.
                (card, asker) -> assertThat(card).contains(
                        asker.person.displayName() + " (admin): show last calls for alice", "answered")),
        UNCLEAR_TIME_WINDOW("That window ends before it starts", CALL_READERS,
                say("calls for alice from 2026-11-05 to 2026-11-01"),
                (card, asker) -> assertThat(card).contains("Put the earlier date first"));

        final String title;
        final Set<Asker> shownTo;
        final Function<BotChat, JsonNode> question;
        final BiConsumer<String, Asker> shows;

        Kind(String title, Set<Asker> shownTo, Function<BotChat, JsonNode> question, BiConsumer<String, Asker> shows) {
            this.title = title;
            this.shownTo = shownTo;
            this.question = question;
            this.shows = shows;
        }
    }

    /**
     * The server starts at the fixtures' "now", so it generates the demo calls that {@link AliceCall} reads.
     * Each turn moves the clock a second on: the audit lists the questions asked before now.
     */
    @TestConfiguration
    static class DemoTime {
        @Bean
        @Primary
        TestClock demoClock() {
            return new TestClock(DemoFixtures.NOW);
        }
    }

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    static Stream<Arguments> everyRoleAndKind() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(Asker.values()).map(asker -> Arguments.of(asker,
                kind)));
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @MethodSource("everyRoleAndKind")
    void eachRoleGetsTheCardsItsRoleAllowsMaskedForThatRole(Asker asker, Kind kind) {
        BotChat chat = new BotChat(new BotClient(port), clock, asker.person, "a:" + asker + "-" + kind);

        JsonNode card = kind.question.apply(chat);

        if (kind.shownTo.contains(asker)) {
            assertThat(titleOf(card)).isEqualTo(kind.title);
            kind.shows.accept(card.toString(), asker);
        } else {
            assertRefused(card, asker, kind.shownTo);
        }
        chat.cards().forEach(ChatEndToEndTest::assertTeamsShowsIt);
    }

    private static Function<BotChat, JsonNode> say(String text) {
        return chat -> chat.say(text);
    }

    /** Asks for Alice's calls first, in the same chat, so the text can refer to that list. */
    private static Function<BotChat, JsonNode> sayAfterAList(String text) {
        return chat -> {
            chat.say("show last calls for alice");
            return chat.say(text);
        };
    }

    /** A refusal the asker can act on: why, and which Entra roles would grant what they asked for. */
    private static void assertRefused(JsonNode card, Asker asker, Set<Asker> grantedTo) {
        assertThat(titleOf(card)).isEqualTo("Access needed");
        String text = card.toString();
        assertThat(text).doesNotContain(ALICE.displayName());
        if (asker == Asker.OTHER_TENANT) {
            assertThat(text).contains("another tenant").doesNotContain("Teams Communications Support");
            return;
        }
        Set<Asker> granting = asker == Asker.NO_ROLE ? WITH_A_ROLE : grantedTo;
        assertThat(text).contains(asker == Asker.NO_ROLE ? "You do not have a CallTriage role"
                : "is not available to your role");
        WITH_A_ROLE.forEach(role -> assertThat(text.contains(role.entraRole))
                .as("the refusal names %s", role.entraRole).isEqualTo(granting.contains(role)));
    }

    /** Help lists a command's example exactly when the asker's role may use it. */
    private static void offersWhatTheRoleMayAsk(String card, Asker asker) {
        Map.of("show last calls for alice", CALL_READERS, "details 1", CALL_READERS, "debug 1", ENGINEERS,
                        "audit for alice", ADMINS)
                .forEach((example, mayAsk) -> assertThat(card.contains("\"" + example + "\""))
                        .as("help offers %s", example).isEqualTo(mayAsk.contains(asker)));
    }

    /** A typo gets help, with a guess only at a command the asker may use. */
    private static void suggestsTheClosestCommand(String card, Asker asker) {
        offersWhatTheRoleMayAsk(card, asker);
        if (CALL_READERS.contains(asker)) {
            assertThat(card).contains("Did you mean **show calls for Alice Wood**?");
        } else {
            assertThat(card).doesNotContain("Did you mean");
        }
    }

    private static void listsAlicesNewestTenCalls(String card, Asker asker) {
        assertThat(card).contains("Newest 10 of " + ALICES_CALLS.size() + " calls and meetings", "Older calls");
        assertListedAsTheRoleMaySee(card, asker, ALICES_CALLS.subList(0, 10));
    }

    /** Whole days as asked, named as asked: shown in the reader's time zone they would start a day early. */
    private static void listsAlicesCallsOfTheFirstFiveDaysOfNovember(String card, Asker asker) {
        List<AliceCall> inWindow = ALICES_CALLS.stream().filter(call -> call.startedBetween(
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-06T00:00:00Z"))).toList();
        assertThat(card).contains(inWindow.size() + " calls and meetings from 2026-11-01 to 2026-11-05 (UTC)")
                .doesNotContain("Older calls");
        assertListedAsTheRoleMaySee(card, asker, inWindow);
    }

    /** "more" numbers on from the page before. */
    private static void listsAlicesNextTenCalls(String card, Asker asker) {
        assertThat(card).contains("Calls 11 to 20", "\"11.\"");
        assertListedAsTheRoleMaySee(card, asker, ALICES_CALLS.subList(10, 20));
    }

    private static void detailsAlicesNewestCall(String card, Asker asker) {
        assertThat(card).contains("How the call went for Alice Wood");
        assertDetailedAsTheRoleMaySee(card, asker, ALICES_CALLS.get(0));
    }

    private static void detailsTheMeetingWithPacketLossOverVpn(String card, Asker asker) {
        assertThat(card).contains("How the meeting went for Alice Wood", "Poor", "Alice Wood's VPN: packet loss",
                VPN_MEETING.participants() + " participants");
        assertDetailedAsTheRoleMaySee(card, asker, VPN_MEETING);
    }

    /** Debug shows what details leave out: Alice's DNS suffixes as well as her addresses. */
    private static void debugsTheMeetingWithPacketLossOverVpn(String card, Asker asker) {
        assertThat(card).contains(VPN_MEETING.id(), "Alice Wood's VPN: packet loss",
                        VPN_MEETING.participants() + " participants")
                .contains(VPN_MEETING.alicesIpAddresses()).contains(VPN_MEETING.alicesDnsSuffixes());
    }

    /**
     * A list of calls: who a 1:1 call was with, by name for engineers and as Internal or External User for
     * specialists; phone numbers without their last three digits for everyone.
     */
    private static void assertListedAsTheRoleMaySee(String card, Asker asker, List<AliceCall> calls) {
        assertThat(calls).isNotEmpty();
        for (AliceCall call : calls) {
            assertThat(card).contains(call.id());
            call.phoneNumbersAsShown().forEach(number -> assertThat(card).contains(number));
            if (call.isOneToOne()) {
                assertThat(card).contains(ENGINEERS.contains(asker) ? call.otherNames()
                        : call.othersAsSpecialistsSeeThem());
            }
        }
        assertNamesOnlyAliceToSpecialists(card, asker);
    }

    /**
     * One call's details: engineers see the other people's names and Alice's IP addresses, specialists neither;
     * Debug facts such as DNS suffixes are on no details card.
     */
    private static void assertDetailedAsTheRoleMaySee(String card, Asker asker, AliceCall call) {
        assertThat(card).doesNotContain(call.alicesDnsSuffixes());
        call.phoneNumbersAsShown().forEach(number -> assertThat(card).contains(number));
        if (ENGINEERS.contains(asker)) {
            assertThat(card).contains(call.otherNames()).contains(call.alicesIpAddresses());
        } else {
            assertThat(card).contains(call.othersAsSpecialistsSeeThem()).doesNotContain(call.alicesIpAddresses());
        }
        assertNamesOnlyAliceToSpecialists(card, asker);
    }

    private static void assertNamesOnlyAliceToSpecialists(String card, Asker asker) {
        if (asker == Asker.SPECIALIST) {
            DemoTenant demo = new DemoTenant();
            Stream.concat(demo.homeUsers().stream(), demo.partnerUsers().stream()).map(DemoPerson::displayName)
                    .filter(name -> !name.equals(ALICE.displayName()))
                    .forEach(name -> assertThat(card).doesNotContain(name));
        }
    }

    /** What every card must be for Teams to show it: Adaptive Card 1.5, under 28 KB, no phone number in full. */
    private static void assertTeamsShowsIt(JsonNode card) {
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).as("bytes of card JSON")
                .isLessThan(TEAMS_CARD_LIMIT);
        DemoTenant.PHONE_NUMBERS.forEach(number -> assertThat(card.toString()).doesNotContain(number));
    }

    /** The heading every card starts with. */
    private static String titleOf(JsonNode card) {
        return card.at("/body/0/inlines/0/text").asText();
    }
}
