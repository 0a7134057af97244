package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.audit.AuditView;
import com.calltriage.callrecord.CallKind;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DebugView;
import com.calltriage.calls.DetailsView;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.FileReply;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.UnknownUserView;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoPerson;
import com.calltriage.demo.DemoTenant;
import com.calltriage.export.ExportView;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that names a person finds them the same way, and never answers about the wrong one: each command
 * with each way of naming someone is answered about exactly that person, with a card that says whom it matched,
 * or says why not (several to choose from, nobody by that name, not in that call).
 */
class NamingPeopleTest {
    private static final DemoTenant TENANT = new DemoTenant();
    private static final DemoPerson QUINN = TENANT.byAlias("quinn.harlow");
    private static final DemoPerson NORA = TENANT.byAlias("nora.whitfield");
    private static final DemoPerson ALICE = TENANT.byAlias("alice");
    /** Nora's newest 1:1 call with Quinn Harlow, which nobody else was in. */
    private static final String NEWCOMERS_CALL = DemoFixtures.demoCalls().stream()
            .filter(call -> call.kind() == CallKind.ONE_TO_ONE && call.json().toString().contains(NORA.id()))
            .reduce((older, newer) -> newer).map(DemoCall::id).orElseThrow();
    /** Admins may ask every command; what they get differs from the others' only in what masking shows. */
    private static final Caller ADAM = ChatFixture.caller("adam", "Adam Novak");
    private static final CommandCatalog CATALOG = ChatFixture.demo().catalog();

    private final CommandDispatcher dispatcher = ChatFixture.demo().dispatcher();

    /** The commands that name a person; {@code %s} is the name as typed. */
    enum Asked {
        LIST("show last calls for %s", CallListView.class),
        DETAILS("details " + NEWCOMERS_CALL + " for %s", DetailsView.class),
        DEBUG("debug " + NEWCOMERS_CALL + " for %s", DebugView.class),
        EXPORT("export calls for %s", ExportView.class),
        AUDIT("audit for %s", AuditView.class);

        final String text;
        final Class<? extends Reply> answer;

        Asked(String text, Class<? extends Reply> answer) {
            this.text = text;
            this.answer = answer;
        }

        String naming(String name) {
            return String.format(text, name);
        }

        /** The commands about one call, which only answer about someone who was in it. */
        boolean aboutOneCall() {
            return this == DETAILS || this == DEBUG;
        }
    }

    /** Ways of naming someone, with whom each means; null when it means nobody in particular. */
    enum Named {
        UNIQUE_FIRST_NAME("nora", NORA),
        FULL_NAME("Quinn Harlow", QUINN),
        FULL_NAME_WITHOUT_SPACES("QuinnHarlow", QUINN),
        ALIAS("quinn.harlow", QUINN),
        UPN("Nora.Whitfield@contoso.com", NORA),
        OBJECT_ID(NORA.id(), NORA),
        SURNAME_PREFIX("whitf", NORA),
        AMBIGUOUS_FIRST_NAME("quinn", null),
        UNKNOWN_NAME("zzyzx", null),
        SOMEONE_NOT_IN_THE_CALL("alice", ALICE);

        final String typed;
        final DemoPerson means;

        Named(String typed, DemoPerson means) {
            this.typed = typed;
            this.means = means;
        }
    }

    static Stream<Arguments> everyCommandAndWayOfNaming() {
        return Stream.of(Asked.values()).flatMap(asked -> Stream.of(Named.values())
                .map(named -> Arguments.of(asked, named)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyCommandAndWayOfNaming")
    void eachCommandAnswersAboutThePersonNamedOrSaysWhyNot(Asked asked, Named named) {
        Reply reply = ask(asked.naming(named.typed));

        switch (named) {
            case AMBIGUOUS_FIRST_NAME -> offersBothQuinns(asked, reply);
            case UNKNOWN_NAME -> assertThat(reply).isInstanceOfSatisfying(UnknownUserView.class,
                    unknown -> assertThat(unknown.term()).isEqualTo("zzyzx"));
            case SOMEONE_NOT_IN_THE_CALL -> {
                if (asked.aboutOneCall()) {
                    saysAliceWasNotInTheCall(reply);
                } else {
                    answersAbout(asked, reply, ALICE);
                }
            }
            default -> answersAbout(asked, reply, named.means);
        }
    }

    /** The answer is the command's own, about that person, and what the asker sees says whom it matched. */
    private static void answersAbout(Asked asked, Reply reply, DemoPerson person) {
        assertThat(reply).isInstanceOf(asked.answer);
        String matched = person.displayName() + ", " + person.upn();
        assertThat(shown(reply)).contains(matched);
        if (reply instanceof DebugView debug) {
            assertThat(debug.sessions()).as("the person's sessions").isNotEmpty();
        }
        if (reply instanceof DetailsView details) {
            assertThat(details.sessions()).as("the person's sessions").isNotEmpty();
        }
    }

    /** Both people called Quinn are offered, each with the same command asked about exactly them. */
    private void offersBothQuinns(Asked asked, Reply reply) {
        assertThat(reply).isInstanceOfSatisfying(ChooseUserView.class, choose -> {
            assertThat(choose.candidates()).extracting(ChooseUserView.Candidate::userPrincipalName)
                    .containsExactlyInAnyOrder("quinn@contoso.com", "quinn.harlow@contoso.com");
            assertThat(choose.candidates()).extracting(c -> CATALOG.parse(c.command()).orElseThrow().syntax())
                    .containsOnly(CATALOG.parse(asked.naming("x")).orElseThrow().syntax());
        });
        answersAbout(asked, ask(choose(reply, "quinn.harlow@contoso.com")), QUINN);
    }

    private static void saysAliceWasNotInTheCall(Reply reply) {
        assertThat(reply).isInstanceOfSatisfying(NoticeView.class, notice -> {
            assertThat(notice.title()).isEqualTo("Alice Wood was not in that call");
            assertThat(notice.text()).contains("Alice Wood, alice@contoso.com did not take part",
                    "Nora Whitfield", "Quinn Harlow");
        });
    }

    private static String choose(Reply reply, String upn) {
        return ((ChooseUserView) reply).candidates().stream().filter(c -> upn.equals(c.userPrincipalName()))
                .findFirst().orElseThrow().command();
    }

    /** What the asker sees: the card, or for a file the sentence offering it. */
    private static String shown(Reply reply) {
        return reply instanceof FileReply file ? file.description() : new AdaptiveCardRenderer().render(reply).toString();
    }

    private Reply ask(String text) {
        return dispatcher.answer(new ChatRequest(text, ADAM, "conversation-1"));
    }
}
