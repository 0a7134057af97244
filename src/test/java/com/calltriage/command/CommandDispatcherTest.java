package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DetailsView;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.HelpView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.demo.DemoTenant;
import com.calltriage.quality.Severity;
import com.calltriage.quality.Verdict;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandDispatcherTest {
    private static final FakeCallRecordStore STORE = loadDemo(new FakeCallRecordStore());
    private static final Caller SPECIALIST = new Caller(objectId("sam"), "Sam Rivera", DemoTenant.HOME_TENANT_ID);
    private static final Caller MANAGER = new Caller(objectId("maria"), "Maria Garcia", DemoTenant.HOME_TENANT_ID);
    private static final Caller NOBODY = new Caller(objectId("bob"), "Bob Stone", DemoTenant.HOME_TENANT_ID);

    private final CommandDispatcher dispatcher = ChatFixture.demo().roles(Map.of(
            Role.SPECIALIST, Set.of(objectId("sam")), Role.MANAGER, Set.of(objectId("maria")))).dispatcher();

    private Reply ask(Caller caller, String text) {
        return dispatcher.answer(new ChatRequest(text, caller, "conversation-1"));
    }

    @Test
    void specialistGetsAlicesTenNewestCallsNewestFirst() {
        CallListView list = (CallListView) ask(SPECIALIST, "show last calls for alice");
        assertThat(list.subject()).isEqualTo("Alice Wood");
        assertThat(list.rows()).hasSize(10);
        assertThat(list.rows()).extracting(CallListView.Row::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(list.rows()).isSortedAccordingTo((a, b) -> b.start().compareTo(a.start()));
        assertThat(list.rows()).allSatisfy(row -> assertThat(row.start()).isAfter(NOW.minus(Duration.ofDays(30))));
        assertThat(list.moreCommand()).isEqualTo("more");
    }

    @Test
    void listShowsKindMediaLengthAndTheOtherPartyMasked() {
        CallListView list = (CallListView) ask(SPECIALIST, "show last calls for alice");
        assertThat(list.rows()).extracting(CallListView.Row::kind).contains("1:1", "PSTN", "Meeting");
        assertThat(list.rows()).extracting(CallListView.Row::with)
                .contains("Internal User", "External User", "+14255550***", "5 participants")
                .noneMatch(with -> with.contains("Bob") || with.contains("Carol") || with.contains("Pierre"))
                .noneMatch(with -> with.contains("+14255550123"));
        assertThat(list.rows().get(0).media()).isEqualTo("Audio");
        assertThat(list.rows().get(0).duration()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void aCountInTheQuestionLimitsTheList() {
        assertThat(((CallListView) ask(SPECIALIST, "last 3 calls for alice@contoso.com")).rows()).hasSize(3);
    }

    @Test
    void findsUsersByUpnAndDisplayNameIgnoringCase() {
        assertThat(((CallListView) ask(SPECIALIST, "show calls for ALICE WOOD")).subject()).isEqualTo("Alice Wood");
        assertThat(((CallListView) ask(SPECIALIST, "calls Bob@Contoso.com")).subject()).isEqualTo("Bob Stone");
    }

    @Test
    void twoUsersWithTheSameNameAreOfferedToChooseFrom() {
        ChooseUserView choose = (ChooseUserView) ask(SPECIALIST, "show calls for Jordan Smith");
        assertThat(choose.candidates()).extracting(ChooseUserView.Candidate::userPrincipalName)
                .containsExactlyInAnyOrder("jordan@contoso.com", "jordan.smith@contoso.com");
        assertThat(choose.candidates()).extracting(ChooseUserView.Candidate::command)
                .contains("show last calls for jordan.smith@contoso.com");
    }

    @Test
    void choosingACandidateShowsThatUsersCalls() {
        CallListView list = (CallListView) ask(SPECIALIST, "show last calls for jordan.smith@contoso.com");
        assertThat(list.subject()).isEqualTo("Jordan Smith");
    }

    @Test
    void anUnknownUserGetsCloseMatches() {
        UnknownUserView unknown = (UnknownUserView) ask(SPECIALIST, "show last calls for alcie");
        assertThat(unknown.term()).isEqualTo("alcie");
        assertThat(unknown.suggestions()).extracting(ChooseUserView.Candidate::displayName).contains("Alice Wood");
    }

    @Test
    void aPartialNameSeveralPeopleShareIsOfferedNotGuessed() {
        ChooseUserView choose = (ChooseUserView) ask(SPECIALIST, "show last calls for ali");
        assertThat(choose.candidates()).extracting(ChooseUserView.Candidate::displayName)
                .containsExactlyInAnyOrder("Alice Wood", "Alicia Moreno");
    }

    @Test
    void someoneWithoutARoleIsRefusedWithTheRolesThatGrantAccess() {
        AccessRefusedView refused = (AccessRefusedView) ask(NOBODY, "show last calls for alice");
        assertThat(refused.grantingRoles()).contains("Teams Communications Support Specialist",
                "Teams Communications Support Engineer", "Teams Administrator or Teams Communications Administrator");
    }

    @Test
    void aCallerWithoutAnObjectIdIsRefused() {
        assertThat(ask(new Caller(null, "Someone", DemoTenant.HOME_TENANT_ID), "help"))
                .isInstanceOf(AccessRefusedView.class);
    }

    @Test
    void aManagerMayNotListAUsersCalls() {
        AccessRefusedView refused = (AccessRefusedView) ask(MANAGER, "show last calls for alice");
        assertThat(refused.reason()).contains("show last calls");
        assertThat(refused.grantingRoles()).doesNotContain(Role.MANAGER.grantedBy());
    }

    @Test
    void textThatIsNoCommandGetsHelpAndTheClosestCommand() {
        HelpView help = (HelpView) ask(SPECIALIST, "shwo last calls for alice");
        assertThat(help.notUnderstood()).isEqualTo("shwo last calls for alice");
        assertThat(help.didYouMean()).isEqualTo("show last calls for alice");
        assertThat(help.commands()).extracting(HelpView.Entry::example).contains("show last calls for alice", "help");
    }

    @Test
    void helpListsOnlyWhatTheRoleMayUse() {
        assertThat(((HelpView) ask(MANAGER, "help")).commands()).extracting(HelpView.Entry::example)
                .containsExactly("summary", "summary off", "help");
        assertThat(((HelpView) ask(SPECIALIST, "help")).commands()).extracting(HelpView.Entry::example)
                .contains("show last calls for alice");
    }

    @Test
    void eachCallOnTheListHasItsVerdictAndMainCause() {
        CallListView list = (CallListView) ask(SPECIALIST, "show last calls for alice");
        assertThat(list.rows().subList(0, 9)).extracting(CallListView.Row::verdict, CallListView.Row::mainCause)
                .containsExactly(
                        tuple(Verdict.GOOD, null),
                        tuple(Verdict.POOR, "Jitter on Wi-Fi"),
                        tuple(Verdict.POOR, "Packet loss over VPN"),
                        tuple(Verdict.GOOD, null),
                        tuple(Verdict.POOR, "Network delay (round trip)"),
                        tuple(Verdict.POOR, "Microphone not working"),
                        tuple(Verdict.POOR, "Call setup failed"),
                        tuple(Verdict.POOR, "Call dropped"),
                        tuple(Verdict.UNAVAILABLE, "No quality data was received"));
    }

    @Test
    void detailsByNumberShowEveryReasonInPlainWordsMasked() {
        ask(SPECIALIST, "show last calls for alice");
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest("details 2", SPECIALIST, "conversation-1"));
        assertThat(details.subject()).isEqualTo("Alice Wood");
        assertThat(details.verdict()).isEqualTo(Verdict.POOR);
        assertThat(details.reasons().get(0).severity()).isEqualTo(Severity.RED);
        assertThat(details.reasons().get(0).text())
                .matches("Alice Wood's Wi-Fi: jitter \\d+ ms on audio received \\(poor above 30 ms\\)");
        assertThat(details.reasons()).extracting(DetailsView.ReasonLine::severity).contains(Severity.YELLOW);
        assertThat(details.reasons()).extracting(DetailsView.ReasonLine::text)
                .contains("Alice Wood's Wi-Fi: weak signal (Wi-Fi details are for engineers)")
                .noneMatch(t -> t.contains("Carol"));
    }

    @Test
    void detailsOfAMeetingAreAboutTheSearchedUsersOwnSessions() {
        ask(SPECIALIST, "show last calls for alice");
        DetailsView details = (DetailsView) ask(SPECIALIST, "details 3");
        assertThat(details.kind()).isEqualTo("Meeting");
        assertThat(details.participants()).isEqualTo(5);
        assertThat(details.reasons().get(0).text()).startsWith("Alice Wood's VPN: packet loss");
    }

    @Test
    void theDetailsButtonNamesTheCallAndTheUser() {
        CallListView list = (CallListView) ask(SPECIALIST, "show last calls for alice");
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest(list.rows().get(6).detailsCommand(),
                SPECIALIST, "another-conversation"));
        assertThat(details.reasons().get(0).text()).startsWith("Alice Wood: the call could not be set up (Ms-diag 21");
    }

    @Test
    void aNumberWithoutAListInTheConversationIsExplained() {
        NoticeView notice = (NoticeView) dispatcher.answer(new ChatRequest("details 2", SPECIALIST, "new-chat"));
        assertThat(notice.text()).contains("show last calls for alice");
    }

    @Test
    void aNumberNotOnTheListIsExplained() {
        ask(SPECIALIST, "show last calls for alice");
        assertThat(((NoticeView) ask(SPECIALIST, "details 42")).text()).contains("1 to 10");
    }

    @Test
    void anUnknownCallIdIsExplained() {
        assertThat(((NoticeView) ask(SPECIALIST, "details 6f0e5c1a-0000-0000-0000-000000000000")).title())
                .contains("can't find the call");
    }

    @Test
    void moreShowsTheNextOlderPageNumberedOnAndItsCallsCanBeNamedByNumber() {
        CallListView first = (CallListView) ask(SPECIALIST, "show last calls for alice");
        CallListView second = (CallListView) ask(SPECIALIST, "more");
        assertThat(second.rows().get(0).number()).isEqualTo(11);
        assertThat(second.rows().get(0).start()).isBefore(first.rows().get(9).start());
        DetailsView details = (DetailsView) ask(SPECIALIST, "details 11");
        assertThat(details.callId()).isEqualTo(second.rows().get(0).callId());
    }

    @Test
    void moreWithoutAListOrAfterTheLastPageIsExplained() {
        assertThat(((NoticeView) dispatcher.answer(new ChatRequest("more", SPECIALIST, "fresh-chat"))).title())
                .isEqualTo("More of what?");
        ask(SPECIALIST, "calls for alice today");
        Reply reply = ask(SPECIALIST, "more");
        assertThat(((NoticeView) reply).title()).isEqualTo("That was the whole list");
    }

    @Test
    void aWindowNarrowsTheListToIt() {
        CallListView list = (CallListView) ask(SPECIALIST, "calls for alice from 2026-11-10 to 2026-11-12");
        assertThat(list.from()).isEqualTo(java.time.Instant.parse("2026-11-10T00:00:00Z"));
        assertThat(list.to()).isEqualTo(java.time.Instant.parse("2026-11-13T00:00:00Z"));
        assertThat(list.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.start())
                .isBetween(list.from(), list.to()));
    }

    @Test
    void aWindowReachingPastTheThirtyDaysIsCutAndSaysSo() {
        CallListView list = (CallListView) ask(SPECIALIST, "calls for alice since 2026-10-01");
        assertThat(list.from()).isEqualTo(NOW.minus(Duration.ofDays(30)));
        assertThat(list.note()).contains("kept for 30 days").contains("2026-10-22");
    }

    @Test
    void aWindowEntirelyPastTheThirtyDaysIsExplained() {
        NoticeView notice = (NoticeView) ask(SPECIALIST, "calls for alice from 2026-09-01 to 2026-09-30");
        assertThat(notice.title()).isEqualTo("Calls are kept for 30 days");
        assertThat(notice.text()).contains("2026-10-22");
    }

    @Test
    void aWindowEndingBeforeItStartsOrInTheFutureIsExplained() {
        assertThat(((NoticeView) ask(SPECIALIST, "calls for alice from 2026-11-05 to 2026-11-01")).title())
                .contains("ends before it starts");
        assertThat(((NoticeView) ask(SPECIALIST, "calls for alice from 2026-12-24")).title())
                .contains("starts in the future");
    }

    @Test
    void helpSaysHowToNameAPersonACallAndAWindowToThoseWhoMayAskAboutCalls() {
        HelpView help = (HelpView) ask(SPECIALIST, "help");

        assertThat(help.tips()).hasSize(3).anySatisfy(tip -> assertThat(tip).contains("for Alice Wood"))
                .anySatisfy(tip -> assertThat(tip).contains("details 3", "call id"))
                .anySatisfy(tip -> assertThat(tip).contains("last 7 days", "from 2026-11-01 to 2026-11-05"));
        assertThat(((HelpView) ask(MANAGER, "help")).tips()).singleElement()
                .satisfies(tip -> assertThat(tip).contains("last 7 days"));
    }
}
