package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.access.PartyMasking;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.demo.DemoTenant;
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

    private final CommandDispatcher dispatcher = new CommandDispatcher(new CommandCatalog(),
            new StaticRoleDirectory(Map.of(Role.SPECIALIST, Set.of(objectId("sam")),
                    Role.MANAGER, Set.of(objectId("maria")))),
            STORE, new PartyMasking(DemoTenant.HOME_TENANT_ID), Clock.fixed(NOW, ZoneOffset.UTC));

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
        assertThat(list.moreCursor()).isNotNull();
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
    void aPartialNameIsNotGuessedButOffered() {
        UnknownUserView unknown = (UnknownUserView) ask(SPECIALIST, "show last calls for ali");
        assertThat(unknown.suggestions()).extracting(ChooseUserView.Candidate::displayName)
                .contains("Alice Wood", "Alicia Moreno");
    }

    @Test
    void someoneWithoutARoleIsRefusedWithTheRolesThatGrantAccess() {
        AccessRefusedView refused = (AccessRefusedView) ask(NOBODY, "show last calls for alice");
        assertThat(refused.grantingRoles()).contains("Teams Communications Support Specialist",
                "Teams Communications Support Engineer", "Teams Administrator");
    }

    @Test
    void aCallerWithoutAnObjectIdIsRefused() {
        assertThat(ask(new Caller(null, "Someone", null), "help")).isInstanceOf(AccessRefusedView.class);
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
                .containsExactly("help");
        assertThat(((HelpView) ask(SPECIALIST, "help")).commands()).extracting(HelpView.Entry::example)
                .contains("show last calls for alice");
    }
}
