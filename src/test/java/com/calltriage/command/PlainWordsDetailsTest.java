package com.calltriage.command;

import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.calls.DetailsView;
import com.calltriage.calls.report.ReasonGroup;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoTrouble;
import com.calltriage.quality.Advice;
import com.calltriage.quality.Verdict;
import com.calltriage.testing.CardJson;
import com.calltriage.testing.ChatFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A poor call's details open with its cause in plain words and what to try, for every role that may ask, then
 * the reasons per person and media; the measured values stay on the card, folded.
 */
class PlainWordsDetailsTest {
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller ERIN = ChatFixture.caller("erin", "Erin Cho");
    /** What each demo trouble is called in the headline of the person who had it. */
    private static final Map<DemoTrouble, String> SAID_AS = new EnumMap<>(Map.of(
            DemoTrouble.WIFI_JITTER, "'s Wi-Fi was unstable during the call",
            DemoTrouble.VPN_PACKET_LOSS, "'s VPN lost part of the audio",
            DemoTrouble.HIGH_ROUND_TRIP, " was slow, so speech arrived late",
            DemoTrouble.DEVICE_NOT_FUNCTIONING, "'s microphone stopped working during the call",
            DemoTrouble.CALL_SETUP_FAILURE, "'s call could not be set up",
            DemoTrouble.DROPPED_CALL, "'s call dropped while it was under way"));

    private final CommandDispatcher dispatcher = ChatFixture.demo().dispatcher();
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    static Stream<Arguments> everyPoorDemoCall() {
        return demoCalls().stream().filter(call -> SAID_AS.containsKey(call.trouble()))
                .flatMap(call -> Stream.of(Arguments.of(call.trouble(), call, "specialist"),
                        Arguments.of(call.trouble(), call, "engineer")));
    }

    @ParameterizedTest(name = "{0} asked by the {2}")
    @MethodSource("everyPoorDemoCall")
    void namesTheCauseInPlainWordsThenWhatToTry(DemoTrouble trouble, DemoCall call, String role) {
        Reply reply = dispatcher.answer(new ChatRequest("details " + call.id() + " for " + call.troubledUser(),
                role.equals("specialist") ? SAM : ERIN, "chat-" + role));
        DetailsView details = (DetailsView) reply;

        assertThat(details.verdict()).isEqualTo(Verdict.POOR);
        assertThat(details.headline()).startsWith(details.subject()).contains(SAID_AS.get(trouble))
                .doesNotContain(" ms", "%", "Ms-diag", "MOS", "{");
        assertThat(details.whatToTry()).isNotEmpty();
        List<String> texts = CardJson.textsOf(renderer.render(reply), "TextRun");
        int heading = texts.indexOf("What to try");
        assertThat(texts.get(heading - 1)).isEqualTo(details.headline());
        assertThat(texts.subList(heading + 1, heading + 1 + details.whatToTry().size()))
                .containsExactlyElementsOf(details.whatToTry().stream().map(step -> "• " + step).toList());
    }

    @Test
    void aliceOnUnstableWifiIsToldToMoveCloserOrUseACableAndSeesHerReasonsPerMedia() {
        dispatcher.answer(new ChatRequest("show last calls for alice", SAM, "sams-chat"));
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest("details 2", SAM, "sams-chat"));

        assertThat(details.headline()).isEqualTo("Alice Wood's Wi-Fi was unstable during the call");
        assertThat(details.whatToTry().get(0)).isEqualTo(Advice.forConnection("wifi").orElseThrow())
                .contains("closer", "5 GHz", "wired");
        assertThat(details.reasonGroups()).extracting(ReasonGroup::title)
                .containsExactly("Alice Wood · Wi-Fi · audio", "Alice Wood · Wi-Fi · network");
        assertThat(details.reasonGroups().get(0).lines().get(0).text())
                .matches("jitter \\d+ ms on average, \\d+ ms at peak on audio Alice Wood received");
        assertThat(details.reasonGroups()).flatExtracting(ReasonGroup::lines).hasSizeLessThan(details.reasons().size());
    }

    @Test
    void troubleOnTheOtherPartysSideIsSaidToBeNothingToChangeOnTheUsersSide() {
        dispatcher.answer(new ChatRequest("show last calls for alice", SAM, "sams-chat"));
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest("details 5", SAM, "sams-chat"));

        assertThat(details.headline()).isEqualTo("The other party's wired network was slow, so speech arrived late: "
                + "nothing to change on Alice Wood's side");
        assertThat(details.whatToTry()).singleElement().asString().startsWith("Nothing to change on Alice Wood's side");
    }

    @Test
    void theMeasuredValuesStayOnTheCardFoldedForEveryRole() {
        for (Caller asker : List.of(SAM, ERIN)) {
            dispatcher.answer(new ChatRequest("show last calls for alice", asker, "chat"));
            Reply reply = dispatcher.answer(new ChatRequest("details 2", asker, "chat"));
            ObjectNode card = renderer.render(reply);

            JsonNode measured = card.findParents("id").stream()
                    .filter(element -> element.path("id").asText().equals("measured-values")).findFirst().orElseThrow();
            assertThat(measured.path("isVisible").asBoolean(true)).isFalse();
            assertThat(CardJson.textsOf(measured, "TextRun")).containsAll(((DetailsView) reply).reasons().stream()
                    .map(DetailsView.ReasonLine::text).toList());
            assertThat(card.findValues("title")).extracting(JsonNode::asText).contains("Measured values");
        }
    }

    @Test
    void aGoodCallHasNothingToTry() {
        dispatcher.answer(new ChatRequest("show last calls for alice", SAM, "sams-chat"));
        DetailsView details = (DetailsView) dispatcher.answer(new ChatRequest("details 1", SAM, "sams-chat"));
        assertThat(details.verdict()).isEqualTo(Verdict.GOOD);
        assertThat(details.headline()).isNull();
        assertThat(details.whatToTry()).isEmpty();
        assertThat(CardJson.textsOf(renderer.render(details), "TextRun")).doesNotContain("What to try");
    }
}
