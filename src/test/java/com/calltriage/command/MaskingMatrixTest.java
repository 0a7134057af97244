package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Masking;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Segment;
import com.calltriage.callrecord.Session;
import com.calltriage.calls.report.SessionFacts;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.conversation.Audience;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Microsoft's masking table, checked where it matters: on the card JSON each role gets, for each kind of
 * call Alice had. Every value is read from the call record itself, so the test knows what must not leak.
 */
class MaskingMatrixTest {
    private static final FakeCallRecordStore STORE = loadDemo(new FakeCallRecordStore());
    private static final String ALICE = objectId("alice");
    private static final Map<String, Caller> ASKERS = Map.of(
            "none", caller("bob", "Bob Stone"),
            "specialist", caller("sam", "Sam Rivera"),
            "engineer", caller("erin", "Erin Cole"),
            "admin", caller("adam", "Adam Hill"),
            "manager", caller("maria", "Maria Garcia"));

    private final CommandDispatcher dispatcher = ChatFixture.demo().dispatcher();
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    /** The kinds of call the masking table distinguishes, each as a test to pick one of Alice's calls. */
    enum Kind {
        INTERNAL_ONE_TO_ONE(call -> call.kind() == CallKind.ONE_TO_ONE && othersOf(call).allMatch(MaskingMatrixTest::isHome)),
        EXTERNAL_ONE_TO_ONE(call -> call.kind() == CallKind.ONE_TO_ONE && othersOf(call).noneMatch(MaskingMatrixTest::isHome)),
        PSTN(call -> call.kind() == CallKind.PSTN),
        MEETING(call -> call.kind() == CallKind.MEETING
                && othersOf(call).anyMatch(MaskingMatrixTest::isHome)
                && othersOf(call).anyMatch(i -> !isHome(i) && !i.isPhone()));

        final Predicate<CallRecord> matches;

        Kind(Predicate<CallRecord> matches) {
            this.matches = matches;
        }

        CallRecord aliceCall() {
            return STORE.findCallsOfUser(ALICE, NOW.minus(Duration.ofDays(30)), NOW, 200, null).calls().stream()
                    .filter(call -> !call.sessions().isEmpty() && call.sessions().stream().anyMatch(this::hasNetwork))
                    .filter(matches).findFirst()
                    .orElseThrow(() -> new AssertionError("The demo has no " + this + " call for Alice"));
        }

        private boolean hasNetwork(Session session) {
            return networks(session).anyMatch(n -> n.ipAddress() != null);
        }
    }

    static Stream<Arguments> everyRoleAndKind() {
        return Stream.of(Kind.values()).flatMap(kind -> ASKERS.keySet().stream().sorted()
                .map(role -> Arguments.of(role, kind)));
    }

    @ParameterizedTest(name = "{0} asking about a {1} call")
    @MethodSource("everyRoleAndKind")
    void eachRoleSeesExactlyWhatTheMaskingTableAllows(String role, Kind kind) {
        CallRecord call = kind.aliceCall();
        String details = cardFor(role, "details " + call.id() + " for " + ALICE);
        String debug = cardFor(role, "debug " + call.id() + " for " + ALICE);
        Secrets secrets = Secrets.of(call);
        boolean engineerView = role.equals("engineer") || role.equals("admin");

        if (role.equals("none") || role.equals("manager")) {
            assertThat(details).contains("Access needed").doesNotContain("Alice Wood");
            assertThat(debug).contains("Access needed");
            secrets.everything().forEach(secret -> assertThat(details + debug).doesNotContain(secret));
            return;
        }
        assertThat(details).contains("Alice Wood");
        secrets.fullPhoneNumbers.forEach(number -> assertThat(details + debug).doesNotContain(number));
        secrets.fullPhoneNumbers.forEach(number -> assertThat(details).contains(Masking.maskPhoneNumber(number)));
        if (kind == Kind.MEETING) {
            assertThat(details).contains(CallParticipants.of(call).size() + " participants");
        }
        if (engineerView) {
            secrets.otherNames.forEach(name -> assertThat(details).contains(name));
            secrets.ipAddresses.forEach(ip -> assertThat(details).contains(ip));
            secrets.deviceNames.forEach(device -> assertThat(details).contains(textRun(device)));
            secrets.debugValues.forEach(value -> assertThat(details).doesNotContain(textRun(value)));
            secrets.debugValues.forEach(value -> assertThat(debug).contains(textRun(value)));
        } else {
            assertThat(debug).contains("Access needed").contains("not available to your role");
            secrets.otherNames.forEach(name -> assertThat(details).doesNotContain(name));
            assertThat(details).containsAnyOf(Masking.INTERNAL_USER, Masking.EXTERNAL_USER, "***");
            secrets.ipAddresses.forEach(ip -> assertThat(details).doesNotContain(ip));
            secrets.deviceNames.forEach(device -> assertThat(details).doesNotContain(textRun(device)));
            secrets.debugValues.forEach(value -> assertThat(details).doesNotContain(textRun(value)));
        }
    }

    @org.junit.jupiter.api.Test
    void aSpecialistAskingRightAfterAnEngineerGetsOnlyTheMaskedView() {
        String engineers = cardFor("engineer", "last 25 calls for alice");
        String specialists = cardFor("specialist", "last 25 calls for alice");
        List<String> names = Stream.of(Kind.INTERNAL_ONE_TO_ONE, Kind.EXTERNAL_ONE_TO_ONE)
                .map(kind -> Secrets.of(kind.aliceCall()).otherNames()).flatMap(List::stream).toList();
        assertThat(names).isNotEmpty().anySatisfy(name -> assertThat(engineers).contains(name));
        names.forEach(name -> assertThat(specialists).doesNotContain(name));
        assertThat(specialists).contains(Masking.INTERNAL_USER);
    }

    /**
     * In a group chat or channel everyone there reads the answer: whoever asks, what is posted there shows no more
     * than the specialist view, and an engineer's or admin's full answer goes to their personal chat alone.
     */
    @org.junit.jupiter.api.Nested
    class InASharedConversation {
        @ParameterizedTest(name = "{0} asking about a {1} call in a channel")
        @MethodSource("com.calltriage.command.MaskingMatrixTest#everyRoleAndKind")
        void whatIsPostedThereIsNeverMoreThanTheSpecialistView(String role, Kind kind) {
            CallRecord call = kind.aliceCall();
            Secrets secrets = Secrets.of(call);
            boolean engineerView = role.equals("engineer") || role.equals("admin");
            for (String question : List.of("last 25 calls for alice", "details " + call.id() + " for " + ALICE,
                    "debug " + call.id() + " for " + ALICE, "audit for alice", "export calls for alice", "help")) {
                Answers reached = inChannel(role, question, "personal-" + role);
                Answers unreachable = inChannel(role, question, null);

                for (Answers answers : List.of(reached, unreachable)) {
                    String posted = renderer.render(answers.here()).toString() + answers.note();
                    secrets.everything().forEach(secret -> assertThat(posted).as(question).doesNotContain(secret));
                    secrets.debugValues().forEach(value -> assertThat(posted).as(question)
                            .doesNotContain(textRun(value)));
                }
                assertThat(unreachable.privately()).as(question).isNull();
                if (!engineerView) {
                    assertThat(reached.privately()).as(question).isNull();
                }
            }
            if (engineerView) {
                String full = renderer.render(inChannel(role, "details " + call.id() + " for " + ALICE,
                        "personal-" + role).privately()).toString();
                secrets.otherNames.forEach(name -> assertThat(full).contains(name));
                secrets.ipAddresses.forEach(ip -> assertThat(full).contains(ip));
                assertThat(inChannel(role, "debug " + call.id() + " for " + ALICE, "personal-" + role).here())
                        .isEqualTo(new NoticeView("Sent to you privately",
                                "Everyone here would read 'debug', so I answered in our personal chat."));
            }
        }

        private Answers inChannel(String role, String question, String personalChat) {
            return dispatcher.answerAll(new ChatRequest(question, ASKERS.get(role), "team-channel",
                    Audience.SHARED, personalChat, ChatRequest.DEFAULT_TIME_ZONE));
        }
    }

    /** What a card may or may not show, read from the call record: Alice's sessions only, as the cards show. */
    private record Secrets(List<String> otherNames, List<String> fullPhoneNumbers, List<String> ipAddresses,
                           List<String> deviceNames, List<String> debugValues) {
        static Secrets of(CallRecord call) {
            List<Session> alices = call.sessions().stream().filter(s -> SessionFacts.involves(s, ALICE)).toList();
            List<NetworkInfo> networks = alices.stream().flatMap(MaskingMatrixTest::networks).toList();
            List<NetworkInfo> audio = alices.stream().flatMap(MaskingMatrixTest::audioNetworks).toList();
            return new Secrets(
                    othersOf(call).filter(i -> !i.isPhone()).map(Identity::displayName).filter(Objects::nonNull)
                            .distinct().toList(),
                    CallParticipants.of(call).stream().filter(Identity::isPhone).map(Identity::id).toList(),
                    values(audio, NetworkInfo::ipAddress),
                    alices.stream().flatMap(s -> Stream.of(s.caller(), s.callee()))
                            .filter(Objects::nonNull).map(e -> e.deviceName()).filter(Objects::nonNull).distinct()
                            .toList(),
                    Stream.of(values(networks, NetworkInfo::dnsSuffix), values(networks, NetworkInfo::bssid),
                            values(networks, NetworkInfo::macAddress)).flatMap(List::stream).toList());
        }

        Stream<String> everything() {
            return Stream.of(otherNames, fullPhoneNumbers, ipAddresses, deviceNames).flatMap(List::stream);
        }

        private static List<String> values(List<NetworkInfo> networks, Function<NetworkInfo, String> field) {
            return networks.stream().map(field).filter(Objects::nonNull).distinct().toList();
        }
    }

    private String cardFor(String role, String command) {
        return renderer.render(dispatcher.answer(new ChatRequest(command, ASKERS.get(role), "matrix"))).toString();
    }

    private static String textRun(String value) {
        return "\"text\":\"" + value + "\"";
    }

    private static Stream<NetworkInfo> networks(Session session) {
        return session.segments().stream().map(Segment::media).flatMap(List::stream)
                .flatMap(m -> Stream.of(m.callerNetwork(), m.calleeNetwork())).filter(Objects::nonNull);
    }

    /** The audio line's networks: the Advanced part of the details card shows a session's network from its audio. */
    private static Stream<NetworkInfo> audioNetworks(Session session) {
        return session.segments().stream().map(Segment::media).flatMap(List::stream)
                .filter(m -> m.label() != null && m.label().contains("audio")).limit(1)
                .flatMap(m -> Stream.of(m.callerNetwork(), m.calleeNetwork())).filter(Objects::nonNull);
    }

    private static Stream<Identity> othersOf(CallRecord call) {
        return CallParticipants.of(call).stream().filter(i -> !ALICE.equalsIgnoreCase(i.id()));
    }

    private static boolean isHome(Identity identity) {
        return identity.belongsTo(DemoTenant.HOME_TENANT_ID);
    }

    private static Caller caller(String alias, String name) {
        return new Caller(objectId(alias), name, DemoTenant.HOME_TENANT_ID);
    }
}
