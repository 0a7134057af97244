package com.calltriage.card;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.demoCalls;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.audit.AuditView;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DebugView;
import com.calltriage.calls.DetailsView;
import com.calltriage.command.CallData;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandCatalog;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.MemoryRecentLists;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.HelpView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.command.reply.WelcomeView;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoTenant;
import com.calltriage.export.ExportView;
import com.calltriage.summary.SummaryView;
import com.calltriage.testing.CardCheck;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoSummaries;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.FakeConversationReferences;
import com.calltriage.testing.FakeEscalations;
import com.calltriage.testing.FakeOutbox;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of card the bot sends, produced by the real command pipeline over the demo tenant and
 * written to {@code target/card-samples}, then parsed by Microsoft's own Adaptive Cards renderer: a
 * card Teams would render differently from what we meant (an unknown property, a colour it does not
 * know) fails here instead of in front of a user.
 */
class CardSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("target", "card-samples");
    private static final int TEAMS_CARD_LIMIT = 28 * 1024;
    private static final String ALICE = objectId("alice");
    private static final String BIG_MEETING = "sample-meeting-50-participants";

    private static final Map<String, Reply> REPLIES = new LinkedHashMap<>();
    private static final Map<String, ObjectNode> CARDS = new LinkedHashMap<>();

    @BeforeAll
    static void renderEveryKindOfCard() throws IOException {
        FakeCallRecordStore store = demoWithFiftyPersonMeeting();
        FakeAuditLog audit = new FakeAuditLog();
        // Each question a minute after the last, so the admin's audit at the end lists them all.
        TestClock clock = new TestClock(NOW.minus(Duration.ofHours(1)));
        FakeOutbox outbox = new FakeOutbox();
        FakeEscalations tickets = new FakeEscalations(outbox);
        tickets.useChannel(DemoTenant.HOME_TENANT_ID, "19:escalations@thread.tacv2", null, NOW);
        CommandDispatcher dispatcher = ChatFixture.demo().store(store).audit(audit).clock(clock)
                .dispatcher(new MemoryRecentLists(),
                        ChatFixture.escalations(tickets, new FakeConversationReferences()));
        Asker sam = new Asker(dispatcher, clock, "sam", "Sam Rivera");
        Asker erin = new Asker(dispatcher, clock, "erin", "Erin Cho");
        Asker adam = new Asker(dispatcher, clock, "adam", "Adam Novak");
        Asker bob = new Asker(dispatcher, clock, "bob", "Bob Stone");
        String troubled = troubledCallOfAlice();
        String meetingWithSessions = meetingOfAliceWithMostSessions(store);

        sample("call-list-25-rows", sam.ask("last 25 calls for alice"));
        sample("call-list-empty", sam.ask("calls for alice from 2026-11-15 to 2026-11-15"));
        sample("details-specialist", sam.ask("details " + troubled + " for alice"));
        sample("details-engineer", erin.ask("details " + troubled + " for alice"));
        sample("details-meeting-50-specialist", sam.ask("details " + BIG_MEETING + " for alice"));
        sample("details-meeting-50-engineer", erin.ask("details " + BIG_MEETING + " for alice"));
        sample("details-meeting-50-engineer-everyone", erin.ask("details " + BIG_MEETING));
        sample("debug-engineer-one-session", erin.ask("debug " + troubled + " for alice"));
        sample("debug-engineer-sessions", erin.ask("debug " + meetingWithSessions));
        sample("debug-meeting-50-admin", adam.ask("debug " + BIG_MEETING));
        sample("choose-user", sam.ask("show calls for Jordan Smith"));
        sample("unknown-user-suggestions", sam.ask("show calls for alise"));
        sample("unknown-user", sam.ask("show calls for zzyzx"));
        sample("notice", erin.ask("details 7"));
        sample("help", sam.ask("help"));
        sample("help-not-understood", sam.ask("shwo calls alice"));
        sample("refused-no-role", bob.ask("show last calls for alice"));
        sample("refused-role-too-low", sam.ask("debug " + troubled));
        sample("welcome", dispatcher.welcome());
        sample("escalation-requester-note", sam.ask("escalate " + troubled + " for alice: headset crackles "
                + "since Monday, she already restarted Teams"));
        CARDS.put("escalation-card-in-channel", (ObjectNode) JSON.readTree(outbox.queued().get(0).activityJson())
                .at("/attachments/0/content"));
        sample("escalation-taken", erin.ask("take E-1"));
        sample("escalations-open", erin.ask("escalations"));
        erin.ask("resolve E-1: replaced her headset, the old one's cable was loose");
        sample("escalation-history", sam.ask("escalation E-1"));
        sample("audit", adam.ask("audit"));
        CommandDispatcher managers = ChatFixture.demo().audit(audit).clock(clock)
                .summaries(DemoSummaries.shared().summaries()).dispatcher();
        sample("summary-30-days", new Asker(managers, clock, "maria", "Maria Garcia").ask("summary last 30 days"));

        Files.createDirectories(SAMPLES);
        try (var old = Files.list(SAMPLES)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, ObjectNode> card : CARDS.entrySet()) {
            Files.writeString(SAMPLES.resolve(card.getKey() + ".json"), card.getValue().toString(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyButtonCarriesACommandTheCatalogReads() {
        CommandCatalog catalog = ChatFixture.demo().catalog();
        List<String> commands = CARDS.values().stream().flatMap(card -> card.findValues("command").stream())
                .map(JsonNode::asText).distinct().toList();

        assertThat(commands).hasSizeGreaterThan(10)
                .allSatisfy(command -> assertThat(catalog.parse(command)).as(command).isPresent());
    }

    @Test
    void everyKindOfReplyThatIsACardHasASample() {
        Set<Class<?>> sampled = REPLIES.values().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(AdaptiveCardRenderer.rendered());
    }

    @Test
    void theSamplesAreTheBusyCasesTheyAreNamedFor() {
        assertThat(((CallListView) REPLIES.get("call-list-25-rows")).rows()).hasSize(25);
        assertThat(((CallListView) REPLIES.get("call-list-empty")).rows()).isEmpty();
        DetailsView bigMeeting = (DetailsView) REPLIES.get("details-meeting-50-engineer");
        assertThat(bigMeeting.participants()).isEqualTo(50);
        assertThat(bigMeeting.participantNames()).hasSize(50);
        assertThat(((DetailsView) REPLIES.get("details-engineer")).sessions()).isNotEmpty();
        assertThat(((DetailsView) REPLIES.get("details-specialist")).sessions()).isNotEmpty()
                .allSatisfy(session -> assertThat(session.sides()).allSatisfy(side -> assertThat(side.facts())
                        .extracting(com.calltriage.calls.report.Fact::label).doesNotContain("Machine", "IP address")));
        assertThat(((DebugView) REPLIES.get("debug-engineer-sessions")).sessions()).hasSizeGreaterThan(1);
        assertThat(CARDS.get("debug-meeting-50-admin").toString()).contains("not shown. Ask for one participant's");
        assertThat(CARDS.get("details-meeting-50-engineer-everyone").toString())
                .contains("not shown. Ask for one participant's");
        assertThat(((AuditView) REPLIES.get("audit")).rows()).hasSizeGreaterThan(10);
        assertThat(((UnknownUserView) REPLIES.get("unknown-user-suggestions")).suggestions()).isNotEmpty();
        assertThat(((HelpView) REPLIES.get("help-not-understood")).notUnderstood()).isNotNull();
        assertThat(REPLIES.get("choose-user")).isInstanceOf(ChooseUserView.class);
        assertThat(REPLIES.get("notice")).isInstanceOf(NoticeView.class);
        assertThat(REPLIES.get("refused-role-too-low")).isInstanceOf(AccessRefusedView.class);
        assertThat(REPLIES.get("welcome")).isInstanceOf(WelcomeView.class);
        SummaryView summary = (SummaryView) REPLIES.get("summary-30-days");
        assertThat(summary.places()).isNotEmpty();
        assertThat(summary.causes()).isNotEmpty();
        assertThat(summary.trend()).hasSize(30);
    }

    @Test
    void everyCardStaysUnderTeamsTwentyEightKilobyteLimit() {
        CARDS.forEach((kind, card) -> assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length)
                .as(kind).isLessThan(TEAMS_CARD_LIMIT));
    }

    @Test
    void microsoftsAdaptiveCardRendererParsesEveryCardWithoutAWarning() {
        CardCheck.Run check = CardCheck.node("cards.js", SAMPLES.toString());
        assertThat(check.exitCode()).as("node tools/cardcheck/cards.js %s said:%n%s", SAMPLES, check.output())
                .isZero();
        assertThat(check.output()).contains(CARDS.size() + " cards");
    }

    private static void sample(String kind, Reply reply) {
        REPLIES.put(kind, reply);
        CARDS.put(kind, new AdaptiveCardRenderer().render(reply));
    }

    /** A call of Alice's that the demo made troubled for her: its details have red and yellow reasons. */
    private static String troubledCallOfAlice() {
        return demoCalls().stream()
                .filter(call -> ALICE.equals(call.troubledUser()) && call.kind() != CallKind.MEETING)
                .max(Comparator.comparing(DemoCall::start)).orElseThrow().id();
    }

    private static String meetingOfAliceWithMostSessions(FakeCallRecordStore store) {
        return store.findCallsOfUser(ALICE, NOW.minus(Duration.ofDays(30)), NOW, 200, null).calls().stream()
                .filter(call -> call.kind() == CallKind.MEETING)
                .max(Comparator.comparingInt(call -> call.sessions().size())).orElseThrow().id();
    }

    /**
     * The demo tenant plus a copy of Alice's largest meeting record grown to 50 participants: colleagues, a
     * partner's people and a phone dial-in, so every way a name can be shown or masked is on the card.
     */
    private static FakeCallRecordStore demoWithFiftyPersonMeeting() {
        FakeCallRecordStore store = new FakeCallRecordStore();
        CallRecordParser parser = new CallRecordParser();
        DemoCall busiest = null;
        for (DemoCall call : demoCalls()) {
            store.upsert(parser.parse(call.json()), call.json().toString());
            if (call.kind() == CallKind.MEETING && call.json().toString().contains(ALICE)
                    && (busiest == null || size(call) > size(busiest))) {
                busiest = call;
            }
        }
        ObjectNode meeting = busiest.json().deepCopy();
        meeting.put("id", BIG_MEETING);
        ArrayNode participants = (ArrayNode) meeting.get("participants_v2");
        for (int i = participants.size() + 1; participants.size() < 49; i++) {
            String tenant = i % 5 == 0 ? DemoTenant.PARTNER_TENANT_ID : DemoTenant.HOME_TENANT_ID;
            GraphUser user = new GraphUser("5a3e0000-0000-4000-8000-" + String.format("%012d", i),
                    "Attendee " + i, tenant, null);
            participants.addObject().put("id", user.id()).set("identity", user.identitySet());
        }
        ObjectNode phone = participants.addObject().put("id", "+14255550123");
        phone.putObject("identity").putObject("phone").put("id", "+14255550123").putNull("displayName");
        store.upsert(parser.parse(meeting), meeting.toString());
        return store;
    }

    /** The longest record has the most sessions, segments and streams: the largest cards. */
    private static int size(DemoCall call) {
        return call.json().toString().length();
    }

    /** One demo person asking in their own chat with the bot. */
    private record Asker(CommandDispatcher dispatcher, TestClock clock, String alias, String name) {
        Reply ask(String text) {
            clock.advance(Duration.ofMinutes(1));
            Caller caller = new Caller(objectId(alias), name, DemoTenant.HOME_TENANT_ID);
            return dispatcher.answer(new ChatRequest(text, caller, alias + "-chat"));
        }
    }
}
