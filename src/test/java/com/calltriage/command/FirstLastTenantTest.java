package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.audit.AuditView;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DebugView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A tenant whose UPNs are first.last@, as many are: Alice Wong is alice.wong@contoso.com, the only Alice, and Bob
 * Smith goes by rsmith@. A tier-1 specialist names them as they would say them, and gets the right person.
 */
class FirstLastTenantTest {
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller ERIN = ChatFixture.caller("erin", "Erin Cho");
    private static final Caller ADAM = ChatFixture.caller("adam", "Adam Novak");
    private static final CallRecordJson ALICE_AND_CAROL = CallRecordJson.call("call-alice-carol")
            .startingAt("2026-11-20T09:00:00Z").with(GraphUser.alice(), GraphUser.carol());
    private static final CallRecordJson BOB_AND_CAROL = CallRecordJson.call("call-bob-carol")
            .startingAt("2026-11-20T11:00:00Z").with(GraphUser.bob(), GraphUser.carol());

    private final TestClock clock = new TestClock(DemoFixtures.NOW);
    private final ChatFixture chat = ChatFixture.demo().store(store()).clock(clock);

    @Test
    void theOnlyAliceIsFoundByHerFirstNameAndTheCardSaysWhomItMatched() {
        assertThat(chat.ask(SAM, "show last calls for alice")).isInstanceOfSatisfying(CallListView.class, list -> {
            assertThat(list.subject()).isEqualTo("Alice Wong");
            assertThat(list.matched()).isEqualTo("Alice Wong, alice.wong@contoso.com");
        });
    }

    @Test
    void aFirstNameFindsSomeoneWhoseAliasIsNothingLikeIt() {
        assertThat(((CallListView) chat.ask(SAM, "show last calls for bob")).matched())
                .isEqualTo("Bob Smith, rsmith@contoso.com");
    }

    @Test
    void debugForAFirstNameIsAboutThatPerson() {
        assertThat(((DebugView) chat.ask(ERIN, "debug call-alice-carol for alice")).matched())
                .isEqualTo("Alice Wong, alice.wong@contoso.com");
    }

    @Test
    void debugTakesAFullNameAsTheListDoes() {
        assertThat(((DebugView) chat.ask(ERIN, "debug call-alice-carol for Alice Wong")).subject())
                .isEqualTo("Alice Wong");
    }

    @Test
    void detailsForSomeoneWhoWasNotInTheCallSayWhoWasAsASpecialistMaySeeThem() {
        NoticeView notice = (NoticeView) chat.ask(SAM, "details call-bob-carol for alice");

        assertThat(notice.title()).isEqualTo("Alice Wong was not in that call");
        assertThat(notice.text()).contains("Who did: 2 Internal Users.", "details call-bob-carol,")
                .doesNotContain("Bob Smith", "Carol Diaz");
    }

    @Test
    void engineersAreToldWhoWasInTheCallByName() {
        assertThat(((NoticeView) chat.ask(ERIN, "debug call-bob-carol for alice")).text())
                .contains("Who did: Bob Smith, Carol Diaz.", "debug call-bob-carol,");
    }

    @Test
    void theAuditFindsItsSubjectTheSameWay() {
        chat.ask(SAM, "show last calls for carol");
        clock.advance(Duration.ofMinutes(1));

        assertThat(chat.ask(ADAM, "audit for carol")).isInstanceOfSatisfying(AuditView.class, audit -> {
            assertThat(audit.matched()).isEqualTo("Carol Diaz, carol.diaz@contoso.com");
            assertThat(audit.rows()).extracting(AuditView.Row::command).contains("show last calls for carol");
        });
    }

    private static FakeCallRecordStore store() {
        FakeCallRecordStore store = new FakeCallRecordStore();
        for (CallRecordJson call : new CallRecordJson[] {ALICE_AND_CAROL, BOB_AND_CAROL}) {
            store.upsert(call.record(), call.json());
        }
        return store;
    }
}
