package com.calltriage.export;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.Caller;
import com.calltriage.access.Masking;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.report.SessionFacts;
import com.calltriage.command.Asking;
import com.calltriage.command.CallData;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.GraphUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code export calls for <user>}: the rows of the file, masked as the asker may see them, and where it is sent. */
class ExportTest {
    private static final FakeCallRecordStore STORE = loadDemo(new FakeCallRecordStore());
    private static final String ALICE = objectId("alice");
    private static final Caller SAM = new Caller(objectId("sam"), "Sam Rivera", DemoTenant.HOME_TENANT_ID);
    private static final Caller ERIN = new Caller(objectId("erin"), "Erin Park", DemoTenant.HOME_TENANT_ID);
    private static final Caller MARIA = new Caller(objectId("maria"), "Maria Garcia", DemoTenant.HOME_TENANT_ID);
    private static final Map<Role, Set<String>> ROLES = Map.of(Role.SPECIALIST, Set.of(objectId("sam")),
            Role.ENGINEER, Set.of(objectId("erin")), Role.MANAGER, Set.of(objectId("maria")));
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final GraphUser DANA = new GraphUser("5d0c2f8e-1111-4a2b-9c3d-4e5f60718293", "Dana Busy",
            GraphUser.CONTOSO, "dana@contoso.com");
    private static final Asking ENGINEER_ASKING = new Asking(Set.of(Role.ENGINEER), "personal-chat", true,
            ChatRequest.DEFAULT_TIME_ZONE);

    private final FakeAuditLog audit = new FakeAuditLog();
    private final CommandDispatcher dispatcher = ChatFixture.demo().roles(ROLES).audit(audit).clock(CLOCK).dispatcher();

    private Reply ask(Caller caller, String text) {
        return dispatcher.answer(new ChatRequest(text, caller, "personal-chat"));
    }

    @Test
    void fileHasOneRowForEachOfAlicesSessionsOfTheLast30Days() {
        ExportView export = (ExportView) ask(SAM, "export calls for alice");

        List<CallRecord> calls = alicesCallsSince(NOW.minus(Duration.ofDays(30)));
        long sessions = calls.stream().flatMap(call -> call.sessions().stream())
                .filter(session -> SessionFacts.involves(session, ALICE)).count();
        assertThat(export.subject()).isEqualTo("Alice Wood");
        assertThat(export.calls()).isEqualTo(calls.size());
        assertThat(export.rows()).hasSize((int) sessions).isNotEmpty();
        assertThat(export.rows()).extracting(ExportView.SessionRow::callId).containsAll(
                calls.stream().filter(c -> !c.sessions().isEmpty()).map(CallRecord::id).toList());
        assertThat(export.cutShort()).isFalse();
        assertThat(export.fileName()).isEqualTo("calls-alice-wood-2026-10-22-to-2026-11-21.csv");
        assertThat(export.description()).startsWith("Alice Wood, alice@contoso.com: " + sessions + " sessions of "
                + calls.size() + " calls from 2026-10-22 to 2026-11-21 (UTC)");
    }

    @Test
    void specialistsFileNamesOnlyAliceAndHidesTheLastDigitsOfNumbers() {
        ExportView export = (ExportView) ask(SAM, "export calls for alice");

        String everything = cells(export);
        othersNames().forEach(name -> assertThat(everything).doesNotContain(name));
        phoneNumbers().forEach(number -> assertThat(everything).doesNotContain(number)
                .contains(Masking.maskPhoneNumber(number)));
        assertThat(everything).contains("Alice Wood", Masking.INTERNAL_USER, Masking.EXTERNAL_USER);
    }

    @Test
    void engineersFileNamesEveryoneButStillHidesTheLastDigitsOfNumbers() {
        ExportView export = (ExportView) ask(ERIN, "export calls for alice");

        String everything = cells(export);
        assertThat(othersNames()).anySatisfy(name -> assertThat(everything).contains(name));
        phoneNumbers().forEach(number -> assertThat(everything).doesNotContain(number));
    }

    @Test
    void rowsSayWhatKindOfCallItWasAndHowItWentForAlice() {
        ExportView export = (ExportView) ask(SAM, "export calls for alice");

        assertThat(export.rows()).extracting(ExportView.SessionRow::media)
                .anyMatch(media -> media.startsWith("Meeting: ")).anyMatch(media -> media.startsWith("1:1: "));
        assertThat(export.rows()).extracting(ExportView.SessionRow::verdict).contains("Poor", "Good")
                .allMatch(verdict -> List.of("Good", "Poor", "Unavailable").contains(verdict));
        assertThat(export.rows()).filteredOn(row -> row.verdict().equals("Poor"))
                .allSatisfy(row -> assertThat(row.reasons()).isNotBlank());
        assertThat(export.rows()).filteredOn(row -> row.media().startsWith("Meeting"))
                .allSatisfy(row -> assertThat(row.conference()).isEqualTo(row.callId()));
        assertThat(export.rows()).filteredOn(row -> !row.media().startsWith("Meeting"))
                .allSatisfy(row -> assertThat(row.conference()).isNull());
    }

    @Test
    void aWindowNarrowsTheFileAndNamesIt() {
        ExportView export = (ExportView) ask(SAM, "export calls for alice from 2026-11-10 to 2026-11-15");

        assertThat(export.fileName()).isEqualTo("calls-alice-wood-2026-11-10-to-2026-11-15.csv");
        assertThat(export.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.callId()).isIn(
                alicesCallsBetween(Instant.parse("2026-11-10T00:00:00Z"), Instant.parse("2026-11-16T00:00:00Z"))
                        .stream().map(CallRecord::id).toList()));
    }

    @Test
    void theCommandItCarriesMakesTheSameFileAgainLater() {
        ExportView first = (ExportView) ask(SAM, "export calls for alice last 7 days");
        CommandDispatcher later = ChatFixture.demo().roles(ROLES).audit(audit)
                .clock(Clock.fixed(NOW.plus(Duration.ofHours(3)), ZoneOffset.UTC)).dispatcher();

        ExportView again = (ExportView) later.answer(new ChatRequest(first.command(), SAM, "personal-chat"));

        assertThat(first.command()).isEqualTo("export calls for " + ALICE
                + " from 2026-11-15T00:00:00Z to 2026-11-21T16:00:00Z");
        assertThat(again.rows()).isEqualTo(first.rows());
        assertThat(again.fileName()).isEqualTo(first.fileName());
    }

    @Test
    void theCallListOffersTheExportOfTheWindowItShows() {
        CallListView list = (CallListView) ask(SAM, "calls for alice last 7 days");
        ExportView export = (ExportView) ask(SAM, list.exportCommand());

        assertThat(export.from()).isEqualTo(list.from());
        assertThat(export.to()).isEqualTo(list.to());
    }

    @Test
    void outsideAPersonalChatTheAskerIsSentThere() {
        Reply reply = dispatcher.answer(new ChatRequest("export calls for alice last 7 days", SAM, "team-channel",
                false));

        assertThat(reply).isInstanceOfSatisfying(NoticeView.class, notice -> {
            assertThat(notice.title()).isEqualTo("Exports are sent in personal chat");
            assertThat(notice.text()).endsWith("ask there: export calls for alice last 7 days");
        });
    }

    @Test
    void aWindowWithoutCallsGetsNoEmptyFile() {
        FakeCallRecordStore store = new FakeCallRecordStore();
        CallRecordJson old = CallRecordJson.call("00000000-0000-4000-8000-000000000001")
                .startingAt(NOW.minus(Duration.ofDays(10))).with(DANA, GraphUser.carol());
        store.upsert(old.record(), old.json());

        Reply reply = handlerFor(store, ExportHandler.MAX_CALLS)
                .handle(parse("export calls for dana@contoso.com yesterday"), ENGINEER_ASKING).reply();

        assertThat(reply).isInstanceOfSatisfying(NoticeView.class, notice -> {
            assertThat(notice.title()).isEqualTo("No calls to export");
            assertThat(notice.text()).contains("Dana Busy had no calls on 2026-11-20 (UTC)");
        });
    }

    @Test
    void anUnknownNameOffersExportsForTheClosestUsers() {
        Reply reply = ask(SAM, "export calls for alise");

        assertThat(reply).isInstanceOfSatisfying(UnknownUserView.class, unknown -> assertThat(unknown.suggestions())
                .extracting(ChooseUserView.Candidate::command).allMatch(c -> c.startsWith("export calls for ")));
    }

    @Test
    void managersMayNotExportCalls() {
        assertThat(ask(MARIA, "export calls for alice")).isInstanceOf(AccessRefusedView.class);
    }

    @Test
    void theExportIsAuditedWithItsSubjectAndSize() {
        ExportView export = (ExportView) ask(SAM, "export calls for alice");

        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.ANSWERED);
            assertThat(entry.subjectUserId()).isEqualTo(ALICE);
            assertThat(entry.detail()).isEqualTo(export.rows().size() + " sessions");
        });
    }

    @Test
    void aBusyUsersFileTakesTheNewestCallsPageByPageUpToTheLimit() {
        FakeCallRecordStore store = new FakeCallRecordStore();
        for (int i = 0; i < 250; i++) {
            CallRecordJson call = CallRecordJson.call(String.format("00000000-0000-4000-8000-%012d", i))
                    .startingAt(NOW.minus(Duration.ofMinutes(30L * (i + 1)))).with(DANA, GraphUser.carol());
            store.upsert(call.record(), call.json());
        }
        ParsedCommand command = parse("export calls for dana@contoso.com");

        ExportView limited = (ExportView) handlerFor(store, 230).handle(command, ENGINEER_ASKING).reply();
        ExportView whole = (ExportView) handlerFor(store, ExportHandler.MAX_CALLS).handle(command, ENGINEER_ASKING)
                .reply();

        assertThat(limited.calls()).isEqualTo(230);
        assertThat(limited.cutShort()).isTrue();
        assertThat(limited.description()).contains("the newest 230 only");
        assertThat(whole.calls()).isEqualTo(250);
        assertThat(whole.cutShort()).isFalse();
    }

    private static ExportHandler handlerFor(FakeCallRecordStore store, int maxCalls) {
        AccessControl access = new AccessControl(GraphUser.CONTOSO, new StaticRoleDirectory(Map.of()));
        return new ExportHandler(new CommandContext(new CallData(store, store, FakeBuildingStore.withDemoBuildings()),
                access, new FakeAuditLog(), CLOCK, Duration.ofDays(90)), maxCalls);
    }

    private static ParsedCommand parse(String text) {
        return ChatFixture.demo().catalog().parse(text).orElseThrow();
    }

    private static String cells(ExportView export) {
        return export.rows().toString();
    }

    private static List<CallRecord> alicesCallsSince(Instant from) {
        return alicesCallsBetween(from, NOW);
    }

    private static List<CallRecord> alicesCallsBetween(Instant from, Instant to) {
        return STORE.findCallsOfUser(ALICE, from, to, 10_000, null).calls();
    }

    /** The names of everyone Alice called or met, which a specialist may not see. */
    private static List<String> othersNames() {
        return alicesCallsSince(NOW.minus(Duration.ofDays(30))).stream()
                .flatMap(call -> CallParticipants.of(call).stream())
                .filter(identity -> !identity.isPhone() && !identity.hasId(ALICE))
                .map(Identity::displayName).filter(name -> name != null && !name.isBlank()).distinct().toList();
    }

    private static Stream<String> phoneNumbers() {
        return alicesCallsSince(NOW.minus(Duration.ofDays(30))).stream()
                .flatMap(call -> CallParticipants.of(call).stream()).filter(Identity::isPhone).map(Identity::id)
                .distinct();
    }
}
