package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.loadDemo;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.audit.AuditView;
import com.calltriage.callrecord.DirectoryUnavailableException;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.calls.CallListView;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone the store has never seen in a call, such as a new starter, is found in the directory, and only
 * when the store knows nobody by that name.
 */
class DirectoryUsersTest {
    private static final FakeCallRecordStore STORE = loadDemo(new FakeCallRecordStore());
    private static final Caller SPECIALIST = new Caller(objectId("sam"), "Sam Rivera", DemoTenant.HOME_TENANT_ID);
    private static final Caller ADMIN = ChatFixture.caller("adam", "Adam Novak");
    private static final KnownUser NEWBIE = new KnownUser("5d6e7f80-aaaa-4bbb-8ccc-1234567890ab", "Newbie Nguyen",
            "newbie@contoso.com", DemoTenant.HOME_TENANT_ID, null);

    private final RecordingDirectory directory = new RecordingDirectory(List.of(NEWBIE));
    private final CommandDispatcher dispatcher = ChatFixture.demo().directory(directory).dispatcher();

    @Test
    void aNewStarterOnlyTheDirectoryKnowsGetsTheirListWithNoCallsYet() {
        Reply reply = ask("show last calls for newbie");

        assertThat(reply).isInstanceOfSatisfying(CallListView.class, list -> {
            assertThat(list.subject()).isEqualTo("Newbie Nguyen");
            assertThat(list.rows()).isEmpty();
        });
        assertThat(new AdaptiveCardRenderer().render(reply).toString())
                .contains("Calls of Newbie Nguyen", "No calls or meetings from ");
        assertThat(directory.asked).containsExactly("newbie");
    }

    @Test
    void someoneTheStoreKnowsCostsNoDirectorySearch() {
        assertThat(((CallListView) ask("show last calls for alice")).subject()).isEqualTo("Alice Wood");

        assertThat(directory.asked).isEmpty();
    }

    @Test
    void theOnlyDirectoryNameStartingWithTheTermIsTheAnswerAndTheCardSaysWhomItMatched() {
        CallListView list = (CallListView) ask("show last calls for newb");

        assertThat(list.matched()).isEqualTo("Newbie Nguyen, newbie@contoso.com");
    }

    @Test
    void everyCommandFindsTheNewStarterTheListFinds() {
        String aliceCall = ((CallListView) ask("show last calls for alice")).rows().get(0).callId();

        assertThat(ask(ADMIN, "audit for newbie")).isInstanceOfSatisfying(AuditView.class,
                audit -> assertThat(audit.matched()).isEqualTo("Newbie Nguyen, newbie@contoso.com"));
        assertThat(ask(ADMIN, "export calls for Newbie Nguyen")).isInstanceOfSatisfying(NoticeView.class,
                notice -> assertThat(notice.text()).startsWith("Newbie Nguyen had no calls"));
        assertThat(ask(ADMIN, "details " + aliceCall + " for newbie")).isInstanceOfSatisfying(NoticeView.class,
                notice -> assertThat(notice.title()).isEqualTo("Newbie Nguyen was not in that call"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"show last calls for %s", "details 1 for %s", "debug 1 for %s", "export calls for %s",
                            "audit for %s"})
    void aDirectoryThatCannotBeSearchedIsSaidToHaveFailedNeverTakenForNobody(String command) {
        FakeAuditLog audit = new FakeAuditLog();
        CommandDispatcher failing = ChatFixture.demo().audit(audit).directory((term, limit) -> {
            throw new DirectoryUnavailableException("Microsoft Graph is throttling CallTriage right now (429)", null);
        }).dispatcher();
        failing.answer(new ChatRequest("show last calls for alice", ADMIN, "conversation-1"));

        Reply reply = failing.answer(new ChatRequest(String.format(command, "newbie"), ADMIN, "conversation-1"));

        assertThat(reply).isInstanceOfSatisfying(NoticeView.class, notice -> {
            assertThat(notice.title()).isEqualTo("I couldn't search the directory just now");
            assertThat(notice.text()).contains("newbie", "throttling CallTriage right now (429)", "Try again");
        });
        assertThat(audit.entries()).last().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.FAILED);
            assertThat(entry.subjectUserId()).isNull();
        });
    }

    @Test
    void someoneTheStoreKnowsIsFoundWhileTheDirectoryIsFailing() {
        CommandDispatcher failing = ChatFixture.demo().directory((term, limit) -> {
            throw new DirectoryUnavailableException("Microsoft Graph failed (HTTP 503)", null);
        }).dispatcher();

        assertThat(failing.answer(new ChatRequest("show last calls for Nora", SPECIALIST, "conversation-1")))
                .isInstanceOf(CallListView.class);
    }

    @Test
    void withoutADirectoryAStrangerIsUnknown() {
        CommandDispatcher storeOnly = ChatFixture.demo().dispatcher();

        assertThat(storeOnly.answer(new ChatRequest("show last calls for newbie", SPECIALIST, "conversation-1")))
                .isInstanceOf(UnknownUserView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoe angstrom", "ZOE ANGSTROM", "Zoë Ångström", "zoeangstrom", "zoë.ångström"})
    void aNameSpelledWithAccentsIsFoundTypedWithOrWithoutThem(String typed) {
        KnownUser zoe = new KnownUser("6e7f8091-bbbb-4ccc-8ddd-234567890abc", "Zoë Ångström",
                "zoe.angstrom@contoso.com", DemoTenant.HOME_TENANT_ID, null);
        CommandDispatcher withZoe = ChatFixture.demo().directory((term, limit) -> List.of(zoe)).dispatcher();

        Reply reply = withZoe.answer(new ChatRequest("show last calls for " + typed, SPECIALIST, "conversation-1"));

        assertThat(reply).isInstanceOfSatisfying(CallListView.class,
                list -> assertThat(list.subject()).isEqualTo("Zoë Ångström"));
    }

    @Test
    void aDirectoryPersonWhoseNameIsNotWhatWasTypedIsOnlyOffered() {
        KnownUser zoe = new KnownUser("6e7f8091-bbbb-4ccc-8ddd-234567890abc", "Zoë Ångström",
                "zoe.angstrom@contoso.com", DemoTenant.HOME_TENANT_ID, null);
        CommandDispatcher withZoe = ChatFixture.demo().directory((term, limit) -> List.of(zoe)).dispatcher();

        Reply reply = withZoe.answer(new ChatRequest("show last calls for zora", SPECIALIST, "conversation-1"));

        assertThat(reply).isInstanceOf(UnknownUserView.class);
    }

    private Reply ask(String text) {
        return ask(SPECIALIST, text);
    }

    private Reply ask(Caller caller, String text) {
        return dispatcher.answer(new ChatRequest(text, caller, "conversation-1"));
    }

    /** A directory of fixed people, searched by the start of name, UPN or mail as Graph does; records each term. */
    private static final class RecordingDirectory implements UserDirectory {
        private final List<KnownUser> people;
        private final List<String> asked = new ArrayList<>();

        RecordingDirectory(List<KnownUser> people) {
            this.people = people;
        }

        @Override
        public List<KnownUser> search(String term, int limit) {
            asked.add(term);
            String wanted = term.toLowerCase(Locale.ROOT);
            return people.stream()
                    .filter(u -> u.displayName().toLowerCase(Locale.ROOT).startsWith(wanted)
                            || u.userPrincipalName().toLowerCase(Locale.ROOT).startsWith(wanted))
                    .limit(limit).toList();
        }
    }
}
