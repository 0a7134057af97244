// Long because: the whole handoff, step by step, with each refusal beside the step it refuses.
package com.calltriage.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.MemoryRecentLists;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.conversation.Audience;
import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.FakeConversationReferences;
import com.calltriage.testing.FakeEscalations;
import com.calltriage.testing.FakeOutbox;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The handoff through the real command pipeline over the demo tenant, with the tickets, references and outbox in
 * memory: sam escalates, adam names the channel, erin takes and hands over, adam resolves; each refusal changes
 * nothing, neither the ticket nor the outbox.
 */
class EscalationFlowTest {
    static final String TENANT = DemoTenant.HOME_TENANT_ID;
    static final String CHANNEL = "19:escalations@thread.tacv2";
    static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    static final Caller ERIN = ChatFixture.caller("erin", "Erin Cho");
    static final Caller ADAM = ChatFixture.caller("adam", "Adam Novak");

    private FakeOutbox outbox;
    private FakeEscalations tickets;
    private FakeConversationReferences references;
    private CommandDispatcher bot;

    @BeforeEach
    void aTenantWithAChannel() {
        outbox = new FakeOutbox();
        tickets = new FakeEscalations(outbox);
        references = new FakeConversationReferences();
        references.remember(new ConversationReference(TENANT, CHANNEL, ConversationReference.Kind.CHANNEL,
                "https://smba.example/", null, null, "19:team@thread.tacv2", CHANNEL, "28:bot", null, true,
                DemoFixtures.NOW));
        bot = ChatFixture.demo().dispatcher(new MemoryRecentLists(), ChatFixture.escalations(tickets, references));
    }

    @Nested
    class BeforeAChannelIsSet {
        @Test
        void escalatingSaysNoChannelIsSetAndWhoSetsIt() {
            personally(SAM, "show last calls for alice");

            NoticeView answer = (NoticeView) personally(SAM, "escalate 2: headset crackles");

            assertThat(answer.title()).isEqualTo("No escalations channel is set yet");
            assertThat(answer.text()).contains("Teams administrator", "use this channel for escalations");
            assertThat(tickets.list(TENANT, null, false, 10)).isEmpty();
            assertThat(outbox.queued()).isEmpty();
        }

        @Test
        void anAdminInAPersonalChatIsToldToWriteItInAChannel() {
            NoticeView answer = (NoticeView) personally(ADAM, "use this channel for escalations");

            assertThat(answer.title()).isEqualTo("Write this in a team channel");
            assertThat(tickets.channelOf(TENANT)).isEmpty();
        }

        @Test
        void aSpecialistCannotSetTheChannel() {
            Reply answer = inChannel(SAM, "use this channel for escalations");

            assertThat(answer).isInstanceOf(AccessRefusedView.class);
            assertThat(((AccessRefusedView) answer).grantingRoles()).singleElement().asString()
                    .contains("Teams Administrator");
            assertThat(tickets.channelOf(TENANT)).isEmpty();
        }

        @Test
        void anAdminInTheChannelSetsItAndTheChannelIsConfirmed() {
            NoticeView answer = (NoticeView) inChannel(ADAM, "use this channel for escalations");

            assertThat(answer.title()).isEqualTo("Escalations come to this channel now");
            assertThat(tickets.channelOf(TENANT)).contains(CHANNEL);
        }
    }

    @Nested
    class OnceTheChannelIsSet {
        @BeforeEach
        void adamSetsTheChannel() {
            inChannel(ADAM, "use this channel for escalations");
            personally(SAM, "show last calls for alice");
        }

        @Test
        void escalatingPostsTheSpecialistViewOfTheCallInTheChannelAndTellsTheRequester() {
            TicketNoteView answer = (TicketNoteView) personally(SAM, "escalate 2: headset crackles since Monday");

            assertThat(answer.reference()).isEqualTo("E-1");
            assertThat(answer.state()).isEqualTo(EscalationState.OPEN);
            assertThat(answer.about()).contains("Alice Wood");
            OutgoingMessage card = onlyMessage();
            assertThat(card.target()).isEqualTo(OutgoingMessage.Target.conversation(TENANT, CHANNEL));
            assertThat(card.activityJson()).contains("Escalation E-1", "Sam Rivera", "Alice Wood",
                    "headset crackles since Monday", "\"verb\":\"escalation\"", "take E-1", "resolve E-1",
                    "https://teams.microsoft.com/l/chat/0/0?users=sam%40contoso.com")
                    .doesNotContain("10.10.", "10.20.", "Bob Stone", "Carol Diaz");
        }

        @Test
        void escalatingACallWithAnOpenTicketPointsToItAndQueuesNothing() {
            personally(SAM, "escalate 2");

            NoticeView again = (NoticeView) personally(SAM, "escalate 2: still broken");

            assertThat(again.title()).isEqualTo("That call already has an open escalation: E-1");
            assertThat(again.text()).contains("escalation E-1");
            assertThat(outbox.queued()).hasSize(1);
        }

        @Test
        void aNoteOverFiveHundredCharactersIsRefusedAndNothingIsOpened() {
            NoticeView answer = (NoticeView) personally(SAM, "escalate 2: " + "x".repeat(501));

            assertThat(answer.title()).isEqualTo("That note is too long");
            assertThat(answer.text()).contains("500", "501");
            assertThat(tickets.list(TENANT, null, false, 10)).isEmpty();
            assertThat(outbox.queued()).isEmpty();
        }

        @Test
        void anUnknownCallIsSaidSoAndNothingIsOpened() {
            NoticeView answer = (NoticeView) personally(SAM, "escalate no-such-call");

            assertThat(answer.title()).contains("can't find the call no-such-call");
            assertThat(tickets.list(TENANT, null, false, 10)).isEmpty();
        }

        @Test
        void aSpecialistsTakeIsRefusedAndChangesNothing() {
            personally(SAM, "escalate 2");

            Reply answer = inChannel(SAM, "take E-1");

            assertThat(answer).isInstanceOf(AccessRefusedView.class);
            assertThat(tickets.find(TENANT, 1).orElseThrow().state()).isEqualTo(EscalationState.OPEN);
            assertThat(outbox.queued()).hasSize(1);
        }

        @Test
        void takingUpdatesTheCardAndTellsTheRequesterOnce() {
            personally(SAM, "escalate 2");

            TicketView taken = (TicketView) inChannel(ERIN, "take E-1");
            Reply again = inChannel(ERIN, "take E-1");

            assertThat(taken.ticket().state()).isEqualTo(EscalationState.TAKEN);
            assertThat(taken.ticket().owner().label()).isEqualTo("Erin Cho");
            assertThat(taken.takeCommand()).isNull();
            assertThat(((NoticeView) again).title()).isEqualTo("You already have E-1");
            List<OutgoingMessage> queued = outbox.queued();
            assertThat(queued).hasSize(3);
            assertThat(queued.get(1).target().kind()).isEqualTo(OutgoingMessage.Kind.UPDATE);
            assertThat(queued.get(1).target().updatesKey()).isEqualTo(queued.get(0).key());
            assertThat(queued.get(2).target()).isEqualTo(OutgoingMessage.Target.personalChat(TENANT, SAM.objectId()));
            assertThat(queued.get(2).activityJson()).contains("E-1", "Taken", "Erin Cho took it");
        }

        @Test
        void aSecondEngineersTakeIsAnsweredWithWhoHasIt() {
            personally(SAM, "escalate 2");
            inChannel(ERIN, "take E-1");

            NoticeView answer = (NoticeView) inChannel(ADAM, "take E-1");

            assertThat(answer.title()).isEqualTo("Erin Cho has E-1");
            assertThat(tickets.find(TENANT, 1).orElseThrow().owner().label()).isEqualTo("Erin Cho");
        }

        @Test
        void handingOverGivesTheTicketToAnotherEngineerButNotToSomeoneWithoutTheRole() {
            personally(SAM, "escalate 2");
            inChannel(ERIN, "take E-1");

            NoticeView refused = (NoticeView) inChannel(ERIN, "hand E-1 to alice");
            TicketView handed = (TicketView) inChannel(ERIN, "hand E-1 to adam");

            assertThat(refused.title()).isEqualTo("Alice Wood cannot take escalations");
            assertThat(handed.ticket().owner().label()).isEqualTo("Adam Novak");
            assertThat(outbox.queued().get(outbox.queued().size() - 1).activityJson())
                    .contains("Erin Cho handed it to Adam Novak");
        }

        @Test
        void resolvingWithANoteClosesTheTicketAndTheNoteReachesTheRequester() {
            personally(SAM, "escalate 2");
            inChannel(ERIN, "take E-1");

            TicketView resolved = (TicketView) inChannel(ERIN, "resolve E-1: replaced headset");
            NoticeView takeAfter = (NoticeView) inChannel(ADAM, "take E-1");

            assertThat(resolved.ticket().state()).isEqualTo(EscalationState.RESOLVED);
            assertThat(resolved.ticket().resolution()).isEqualTo("replaced headset");
            assertThat(resolved.resolveCommand()).isNull();
            assertThat(outbox.queued().get(outbox.queued().size() - 1).activityJson())
                    .contains("Resolved", "Erin Cho resolved it", "replaced headset");
            assertThat(takeAfter.title()).isEqualTo("E-1 is already resolved");
            assertThat(outbox.queued()).hasSize(5);
        }

        @Test
        void anUnknownTicketIsSaidSo() {
            NoticeView answer = (NoticeView) inChannel(ERIN, "take E-99");

            assertThat(answer.title()).isEqualTo("I can't find E-99");
            assertThat(outbox.queued()).isEmpty();
        }

        @Test
        void engineersListEveryOpenTicketAndSpecialistsTheirOwn() {
            personally(SAM, "escalate 2");
            personally(ERIN, "show last calls for alice");
            personally(ERIN, "escalate 3");

            TicketListView forErin = (TicketListView) personally(ERIN, "escalations");
            TicketListView forSam = (TicketListView) personally(SAM, "escalations");

            assertThat(forErin.rows()).extracting(TicketListView.Row::reference).containsExactly("E-2", "E-1");
            assertThat(forSam.rows()).extracting(TicketListView.Row::reference).containsExactly("E-1");
            assertThat(forSam.scope()).isEqualTo("Your open escalations");
        }

        @Test
        void oneTicketShowsItsHistory() {
            personally(SAM, "escalate 2: headset crackles");
            inChannel(ERIN, "take E-1");
            inChannel(ERIN, "resolve E-1: replaced headset");

            TicketView shown = (TicketView) personally(SAM, "escalation E-1");

            assertThat(shown.history()).extracting(TicketView.HistoryLine::text)
                    .containsExactly("Sam Rivera escalated it", "Erin Cho took it", "Erin Cho resolved it");
            assertThat(shown.history().get(2).note()).isEqualTo("replaced headset");
        }
    }

    private OutgoingMessage onlyMessage() {
        assertThat(outbox.queued()).hasSize(1);
        return outbox.queued().get(0);
    }

    private Reply personally(Caller caller, String text) {
        return bot.answer(new ChatRequest(text, caller, "personal-" + caller.objectId()));
    }

    private Reply inChannel(Caller caller, String text) {
        return bot.answer(new ChatRequest(text, caller, CHANNEL + ";messageid=17", Audience.SHARED, null,
                ChatRequest.DEFAULT_TIME_ZONE));
    }
}
