package com.calltriage.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.conversation.ConversationReference.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link ConversationReferences} of the project must do, the database ones and the fake alike. A
 * subclass hands out empty references before each test, and another replica's over the same ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConversationReferencesContract {
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final String TENANT = "1df52bf1-5e6b-3b82-b10d-307dce868229";
    private static final String ALICE = "cb25c4bf-18bb-370c-8432-ae85023e6242";
    private static final String SERVICE = "https://smba.trafficmanager.net/emea/";

    private ConversationReferences references;

    /** References with nothing kept, backed by whatever this subclass tests. */
    protected abstract ConversationReferences emptyReferences() throws Exception;

    /** Another replica's references over the same ones: on a database, through a data source of its own. */
    protected ConversationReferences otherReplica() {
        // Replicas in one process share one fake.
        return references;
    }

    @BeforeEach
    void startWithNothingKept() throws Exception {
        references = emptyReferences();
    }

    @Test
    void personalChatIsFoundForItsPersonAsItWasSeen() {
        ConversationReference chat = personalChat("a:alice-chat", "Europe/London", NINE);

        references.remember(chat);

        assertThat(references.personalChatOf(TENANT, ALICE)).contains(chat);
        assertThat(references.find(TENANT, "a:alice-chat")).contains(chat);
    }

    @Test
    void channelIsKeptWithItsTeamAndChannel() {
        ConversationReference channel = new ConversationReference(TENANT, "19:helpdesk@thread.tacv2", Kind.CHANNEL,
                SERVICE, null, null, "19:team@thread.tacv2", "19:helpdesk@thread.tacv2", "28:calltriage", null, true,
                NINE);

        references.remember(channel);

        assertThat(references.find(TENANT, "19:helpdesk@thread.tacv2")).contains(channel);
        assertThat(references.personalChatOf(TENANT, ALICE)).isEmpty();
    }

    @Test
    void conversationSeenTwiceIsKeptOnceWithTheNewerValues() {
        references.remember(personalChat("a:alice-chat", "Europe/London", NINE));
        ConversationReference later = new ConversationReference(TENANT, "a:alice-chat", Kind.PERSONAL,
                "https://smba.trafficmanager.net/amer/", ALICE, "29:alice", null, null, "28:calltriage",
                "America/New_York", true, NINE.plusSeconds(60));

        references.remember(later);

        assertThat(references.find(TENANT, "a:alice-chat")).contains(later);
        assertThat(otherReplica().personalChatOf(TENANT, ALICE)).contains(later);
    }

    @Test
    void olderActivityArrivingLateChangesNothing() {
        ConversationReference newer = personalChat("a:alice-chat", "Europe/London", NINE.plusSeconds(60));
        references.remember(newer);

        references.remember(new ConversationReference(TENANT, "a:alice-chat", Kind.PERSONAL,
                "https://smba.trafficmanager.net/old/", ALICE, "29:alice", null, null, "28:calltriage",
                "Asia/Tokyo", true, NINE));

        assertThat(references.find(TENANT, "a:alice-chat")).contains(newer);
    }

    @Test
    void activityWithoutATimeZoneKeepsTheKnownOne() {
        references.remember(personalChat("a:alice-chat", "Europe/London", NINE));

        references.remember(personalChat("a:alice-chat", null, NINE.plusSeconds(60)));

        assertThat(references.personalChatOf(TENANT, ALICE)).hasValueSatisfying(chat -> {
            assertThat(chat.timeZone()).isEqualTo("Europe/London");
            assertThat(chat.seenAt()).isEqualTo(NINE.plusSeconds(60));
        });
    }

    @Test
    void personMetInAGroupChatHasAPersonalChatToOpenWhichTheChatItselfFillsIn() {
        references.remember(personalChat(null, null, NINE));
        assertThat(references.personalChatOf(TENANT, ALICE)).hasValueSatisfying(chat -> {
            assertThat(chat.conversationId()).isNull();
            assertThat(chat.userTeamsId()).isEqualTo("29:alice");
            assertThat(chat.botId()).isEqualTo("28:calltriage");
        });

        references.remember(personalChat("a:alice-chat", null, NINE.plusSeconds(1)));

        assertThat(references.personalChatOf(TENANT, ALICE)).map(ConversationReference::conversationId)
                .contains("a:alice-chat");
    }

    @Test
    void personMetAgainInAGroupChatKeepsTheirPersonalChat() {
        references.remember(personalChat("a:alice-chat", "Europe/London", NINE));

        references.remember(personalChat(null, null, NINE.plusSeconds(60)));

        assertThat(references.personalChatOf(TENANT, ALICE)).hasValueSatisfying(chat -> {
            assertThat(chat.conversationId()).isEqualTo("a:alice-chat");
            assertThat(chat.timeZone()).isEqualTo("Europe/London");
        });
    }

    @Test
    void personalChatKeptWithoutItsPersonGetsThemWhenTheyAreNamed() {
        references.remember(new ConversationReference(TENANT, "a:alice-chat", Kind.PERSONAL, SERVICE, null,
                "29:alice", null, null, "28:calltriage", null, true, NINE));

        references.remember(personalChat("a:alice-chat", null, NINE.plusSeconds(1)));

        assertThat(references.personalChatOf(TENANT, ALICE)).map(ConversationReference::conversationId)
                .contains("a:alice-chat");
    }

    @Test
    void removedConversationIsKeptButNoLongerReachesItsPersonUntilSeenAgain() {
        references.remember(personalChat("a:alice-chat", null, NINE));

        references.markUnusable(TENANT, "a:alice-chat");

        assertThat(references.personalChatOf(TENANT, ALICE)).isEmpty();
        assertThat(references.find(TENANT, "a:alice-chat")).hasValueSatisfying(chat ->
                assertThat(chat.usable()).isFalse());
        references.remember(personalChat("a:alice-chat", null, NINE.plusSeconds(60)));
        assertThat(references.personalChatOf(TENANT, ALICE)).isPresent();
    }

    @Test
    void idsAreMatchedWhateverTheirCaseAndTenantsAreKeptApart() {
        references.remember(personalChat("a:alice-chat", null, NINE));

        assertThat(references.personalChatOf(TENANT.toUpperCase(), ALICE.toUpperCase())).isPresent();
        assertThat(references.personalChatOf("another-tenant", ALICE)).isEmpty();
        assertThat(references.find("another-tenant", "a:alice-chat")).isEmpty();
    }

    @Test
    void unknownConversationIsNotFoundAndMarkingItChangesNothing() {
        references.markUnusable(TENANT, "a:nobody");

        assertThat(references.find(TENANT, "a:nobody")).isEmpty();
    }

    @Test
    void referenceNamingNeitherItsConversationNorItsPersonIsRefused() {
        assertThatThrownBy(() -> references.remember(new ConversationReference(TENANT, null, Kind.GROUP_CHAT,
                SERVICE, null, null, null, null, "28:calltriage", null, true, NINE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> references.remember(new ConversationReference(TENANT, "19:chat", Kind.GROUP_CHAT,
                null, null, null, null, null, "28:calltriage", null, true, NINE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replicasRememberingOneNewConversationAtOnceKeepOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String conversation = "19:chat-" + round + "@thread.v2";
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> done = new ArrayList<>();
                for (ConversationReferences replica : List.of(references, otherReplica())) {
                    done.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        replica.remember(groupChat(conversation, NINE));
                        return null;
                    }));
                }
                for (Future<?> each : done) {
                    each.get(30, TimeUnit.SECONDS);
                }
                assertThat(references.find(TENANT, conversation)).contains(groupChat(conversation, NINE));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ConversationReference personalChat(String conversationId, String timeZone, Instant seenAt) {
        return new ConversationReference(TENANT, conversationId, Kind.PERSONAL, SERVICE, ALICE, "29:alice", null, null,
                "28:calltriage", timeZone, true, seenAt);
    }

    private static ConversationReference groupChat(String conversationId, Instant seenAt) {
        return new ConversationReference(TENANT, conversationId, Kind.GROUP_CHAT, SERVICE, null, null, null, null,
                "28:calltriage", null, true, seenAt);
    }
}
