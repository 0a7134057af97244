package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.access.AccessControl;
import com.calltriage.access.AuditEntry.Outcome;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.audit.AuditView;
import com.calltriage.building.Building;
import com.calltriage.building.BuildingStore;
import com.calltriage.calls.CallListView;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
    private static final Caller SAM = caller("sam", "Sam Rivera");
    private static final Caller ERIN = caller("erin", "Erin Cole");
    private static final Caller ADAM = caller("adam", "Adam Hill");
    private static final Caller BOB = caller("bob", "Bob Stone");

    private final FakeCallRecordStore store = loadDemo(new FakeCallRecordStore());
    private final FakeAuditLog audit = new FakeAuditLog();
    private final TestClock clock = new TestClock(NOW);
    private final CommandDispatcher dispatcher = dispatcherOver(FakeBuildingStore.withDemoBuildings());

    @Test
    void anAnsweredQuestionIsRecordedWithWhoRoleCommandAndSubject() {
        ask(SAM, "show last calls for alice");
        assertThat(audit.entries()).containsExactly(new AuditEntry(NOW, objectId("sam"), "Sam Rivera",
                Role.SPECIALIST, "show last calls for alice", objectId("alice"), null, Outcome.ANSWERED, null));
    }

    @Test
    void detailsRecordTheCallAndTheUserItWasLookedAtFor() {
        CallListView list = (CallListView) ask(SAM, "show last calls for alice");
        ask(SAM, "details 2");
        AuditEntry details = audit.entries().get(1);
        assertThat(details.callId()).isEqualTo(list.rows().get(1).callId());
        assertThat(details.subjectUserId()).isEqualTo(objectId("alice"));
    }

    @Test
    void aRefusalIsRecordedWithItsReason() {
        ask(BOB, "show last calls for alice");
        AuditEntry refused = audit.entries().get(0);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.role()).isNull();
        assertThat(refused.detail()).contains("do not have a CallTriage role");
    }

    @Test
    void aMessageFromAnotherTenantIsRefusedAndRecorded() {
        Reply reply = ask(new Caller(objectId("sam"), "Sam Rivera", "bc2e7b79-3c5b-4a8e-9f02-7d1c0a5e4b21"),
                "show last calls for alice");
        assertThat(((AccessRefusedView) reply).reason()).contains("another tenant");
        assertThat(audit.entries().get(0).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(audit.entries().get(0).detail()).contains("bc2e7b79-3c5b-4a8e-9f02-7d1c0a5e4b21");
    }

    @Test
    void aCommandAboveTheAskersRoleIsRefusedAndRecordedWithTheirRole() {
        ask(SAM, "debug 1");
        assertThat(audit.entries().get(0)).extracting(AuditEntry::role, AuditEntry::outcome)
                .containsExactly(Role.SPECIALIST, Outcome.REFUSED);
    }

    @Test
    void textThatIsNoCommandIsRecordedAsNotUnderstood() {
        ask(SAM, "make coffee");
        assertThat(audit.entries().get(0).outcome()).isEqualTo(Outcome.NOT_UNDERSTOOD);
    }

    @Test
    void aFailureIsRecordedBeforeItReachesTheEdge() {
        BuildingStore broken = new BuildingStore() {
            @Override
            public void replaceAll(List<Building> buildings) {
            }

            @Override
            public List<Building> findAll() {
                throw new IllegalStateException("store unavailable");
            }
        };
        CommandDispatcher failing = dispatcherOver(broken);
        CallListView list = (CallListView) failing.answer(new ChatRequest("show last calls for alice", ERIN, "c"));
        assertThatThrownBy(() -> failing.answer(new ChatRequest(list.rows().get(0).detailsCommand(), ERIN, "c")))
                .hasMessage("store unavailable");
        assertThat(audit.entries().get(1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(audit.entries().get(1).detail()).contains("store unavailable");
    }

    @Test
    void adminsReadWhoAskedAboutAUser() {
        ask(SAM, "show last calls for alice");
        clock.advance(Duration.ofMinutes(5));
        ask(ERIN, "show last calls for bob");
        clock.advance(Duration.ofMinutes(5));
        AuditView view = (AuditView) ask(ADAM, "audit for alice");
        assertThat(view.rows()).extracting(AuditView.Row::asker, AuditView.Row::role, AuditView.Row::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sam Rivera", "specialist", "Alice Wood"));
    }

    @Test
    void adminsReadWhatOnePersonAskedNewestFirst() {
        ask(SAM, "show last calls for alice");
        clock.advance(Duration.ofMinutes(1));
        ask(ERIN, "show last calls for bob");
        clock.advance(Duration.ofMinutes(1));
        ask(SAM, "help");
        clock.advance(Duration.ofMinutes(1));
        AuditView view = (AuditView) ask(ADAM, "audit by sam");
        assertThat(view.rows()).extracting(AuditView.Row::command).containsExactly("help", "show last calls for alice");
    }

    @Test
    void aTimeWindowLimitsTheAuditTrail() {
        ask(SAM, "show last calls for alice");
        clock.advance(Duration.ofDays(3));
        ask(SAM, "show last calls for bob");
        clock.advance(Duration.ofMinutes(1));
        AuditView view = (AuditView) ask(ADAM, "audit by sam last 2 days");
        assertThat(view.rows()).extracting(AuditView.Row::command).containsExactly("show last calls for bob");
        assertThat(((AuditView) ask(ADAM, "audit by sam yesterday")).rows()).isEmpty();
    }

    @Test
    void aWindowPastTheRetentionTimeIsCutAndSaidSo() {
        AuditView view = (AuditView) ask(ADAM, "audit from 2026-01-01");
        assertThat(view.from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(view.note()).contains("kept for 90 days");
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsExplained() {
        NoticeView notice = (NoticeView) ask(ADAM, "audit from 2026-11-05 to 2026-11-01");
        assertThat(notice.title()).contains("ends before it starts");
        assertThat(audit.entries().get(0).outcome()).isEqualTo(Outcome.NOT_UNDERSTOOD);
    }

    @Test
    void onlyAdminsMayReadTheAuditTrail() {
        assertThat(ask(ERIN, "audit for alice")).isInstanceOf(AccessRefusedView.class);
        assertThat(ask(SAM, "audit")).isInstanceOf(AccessRefusedView.class);
    }

    private Reply ask(Caller caller, String text) {
        return dispatcher.answer(new ChatRequest(text, caller, "conversation-1"));
    }

    private CommandDispatcher dispatcherOver(BuildingStore buildings) {
        return ChatFixture.demo().store(store).buildings(buildings).audit(audit).clock(clock).dispatcher();
    }

    private static Caller caller(String alias, String name) {
        return new Caller(objectId(alias), name, DemoTenant.HOME_TENANT_ID);
    }
}
