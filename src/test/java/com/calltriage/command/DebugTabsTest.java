package com.calltriage.command;

import static com.calltriage.command.DebugCardJson.UNMARKED;
import static com.calltriage.command.DebugCardJson.byId;
import static com.calltriage.command.DebugCardJson.headings;
import static com.calltriage.command.DebugCardJson.labels;
import static com.calltriage.command.DebugCardJson.row;
import static com.calltriage.command.DebugCardJson.runs;
import static com.calltriage.command.DebugCardJson.session;
import static com.calltriage.command.DebugCardJson.tabNames;
import static com.calltriage.command.DebugCardJson.textBlocks;
import static com.calltriage.command.DebugCardJson.texts;
import static com.calltriage.command.DebugCardJson.toggles;
import static com.calltriage.testing.DemoFixtures.NOW;
import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.access.StaticRoleDirectory;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.calls.DebugView;
import com.calltriage.calls.report.FactTable;
import com.calltriage.calls.report.SessionTab;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.DebugCardJson.Cell;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoTenant;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.FakeAuditLog;
import com.calltriage.testing.FakeBuildingStore;
import com.calltriage.testing.FakeCallRecordStore;
import com.calltriage.testing.GraphFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tabs of the debug card, read from the card JSON an engineer's Teams would get for a 1:1 call between Alice
 * (on Wi-Fi, the caller) and Pierre: which tabs there are, how they fold, and which values are red or yellow.
 */
class DebugTabsTest {
    private static final String CALL_ID = "e523d2ed-2966-4b6b-925b-754a88034cc5";
    private static final Caller ERIN = new Caller(objectId("erin"), "Erin Cole", DemoTenant.HOME_TENANT_ID);
    private static final Caller SAM = new Caller(objectId("sam"), "Sam Rivera", DemoTenant.HOME_TENANT_ID);
    private static final String RED = "Attention";
    private static final String YELLOW = "Warning";

    @Test
    void everyTabOfTheSessionDetailsReportHasItsOwnButtonAndStartsFolded() {
        JsonNode session = session(debugCard(callWithEveryTab()));

        for (JsonNode toggle : toggles(session)) {
            JsonNode tab = byId(session, toggle.path("targetElements").get(0).asText());
            assertThat(tab.path("isVisible").asBoolean(true)).as(toggle.path("title").asText()).isFalse();
        }
        assertThat(tabNames(session))
                .containsExactlyElementsOf(Arrays.stream(SessionTab.values()).map(SessionTab::label).toList());
    }

    @Test
    void aFoldedTabSaysHowManyRedAndYellowValuesItHolds() {
        JsonNode session = session(debugCard(call(json -> stream(json, 0).put("averageJitter", "PT0.020S"))));

        assertThat(toggles(session)).extracting(toggle -> toggle.path("title").asText())
                .contains("Audio streams (2 red, 3 yellow)", "Audio client events (1 yellow)",
                        "Media lines (1 yellow)", "Session", "Traceroutes");
    }

    @ParameterizedTest(name = "average jitter {0} is {1}")
    @CsvSource({
        "PT0.048S, Attention",
        "PT0.031S, Attention",
        "PT0.030S, Warning",
        "PT0.020S, Warning",
        "PT0.0151S, Warning",
        "PT0.015S, none",
        "PT0.007S, none",
    })
    void jitterIsRedOrYellowExactlyWhereTheRulesSayAndUnmarkedAtTheYellowLimit(String jitter, String colour) {
        JsonNode card = debugCard(call(json -> stream(json, 0).put("averageJitter", jitter)));

        assertThat(row(card, "audio-streams", "Jitter (average)").get(0)).isEqualTo(
                new Cell(Math.round(Duration.parse(jitter).toNanos() / 1e6) + " ms", colour));
    }

    @ParameterizedTest(name = "{0} packets")
    @CsvSource({"400, none", "500, none", "501, Attention"})
    void anAudioStreamWithFewPacketsIsNotJudgedAsTheRulesDoNot(String packets, String colour) {
        JsonNode card = debugCard(call(json -> stream(json, 1).put("packetUtilization", packets)));

        assertThat(row(card, "audio-streams", "Jitter (average)").get(1)).isEqualTo(new Cell("48 ms", colour));
        assertThat(row(card, "audio-streams", "Packets").get(1)).isEqualTo(new Cell(packets, UNMARKED));
    }

    @Test
    void videoIsJudgedByTheFirstMetricItReportsAsCallQualityDashboardDoes() {
        JsonNode card = debugCard(callWithEveryTab());

        assertThat(row(card, "video-streams", "Frame loss")).containsExactly(new Cell("10%", UNMARKED),
                new Cell("55%", RED));
        assertThat(row(card, "video-streams", "Frame rate")).containsExactly(new Cell("5 fps", UNMARKED),
                new Cell("4 fps", UNMARKED));
    }

    @Test
    void clientEventsAreColouredByTheDeviceAndNetworkRules() {
        JsonNode card = debugCard(call(json -> media(json, 0).with("callerDevice")
                .put("captureNotFunctioningEventRatio", 0.005).put("deviceGlitchEventRatio", 0.05)));

        assertThat(row(card, "audio-client-events", "Microphone not working"))
                .containsExactly(new Cell("0.5%", RED), new Cell("0%", UNMARKED));
        assertThat(row(card, "audio-client-events", "Device glitches")).containsExactly(new Cell("5%", UNMARKED),
                new Cell(FactTable.Cell.NOT_REPORTED, UNMARKED));
        assertThat(row(card, "audio-client-events", "Poor quality received").get(0))
                .isEqualTo(new Cell("18%", YELLOW));
    }

    @Test
    void streamsAreHeadedByWhoSentThemToWhom() {
        JsonNode card = debugCard(call(json -> { }));

        assertThat(headings(byId(card, "session-1-audio-streams")))
                .containsExactly("Metric", "Alice Wood → Pierre Laurent", "Pierre Laurent → Alice Wood");
    }

    @Test
    void aMetricGraphLeftOutIsNotShownAsZero() {
        JsonNode card = debugCard(call(json -> { }));

        // Pierre's stream sent "NaN" and Alice's none at all: there is no row for it.
        assertThat(labels(byId(card, "session-1-audio-streams"))).doesNotContain("Concealed samples (average)")
                .contains("Packet loss (max)");
        assertThat(row(card, "audio-streams", "Packet loss (max)"))
                .containsExactly(new Cell("1.3%", UNMARKED), new Cell(FactTable.Cell.NOT_REPORTED, UNMARKED));
    }

    @Test
    void traceRouteHopsAreListedWithAddressAndRoundTrip() {
        JsonNode traceroutes = byId(debugCard(call(json -> { })), "session-1-traceroutes");

        assertThat(headings(traceroutes)).containsExactly("Hop", "IP address", "Round trip");
        assertThat(labels(traceroutes)).containsExactly("1", "2");
        assertThat(texts(traceroutes)).contains("Alice Wood", "10.10.1.1", "2 ms", "198.51.100.7", "11 ms");
    }

    @Test
    void feedbackTextPrintsAsTypedAndCannotBecomeMarkdownOrALink() {
        String typed = "**Awful** - see [here](https://evil.example) _now_ {{DATE(2026-01-01T00:00:00Z)}}";
        JsonNode feedback = byId(debugCard(call(json -> { })), "session-1-feedback");
        JsonNode typedFeedback = byId(debugCard(call(json -> ((ObjectNode) json.at("/sessions/0/caller/feedback"))
                .put("text", typed))), "session-1-feedback");

        assertThat(texts(feedback)).contains("Alice Wood", "Poor", "Voices kept breaking up", "Distorted speech")
                .doesNotContain("Echo heard");
        assertThat(runs(typedFeedback)).contains(typed);
        assertThat(textBlocks(typedFeedback)).noneMatch(text -> text.contains("Awful"));
    }

    @Test
    void tabsWithoutDataAreLeftOut() {
        JsonNode session = session(debugCard(call(json -> {
            ObjectNode caller = (ObjectNode) json.at("/sessions/0/caller");
            caller.remove("feedback");
            media(json, 0).with("callerNetwork").remove("traceRouteHops");
        })));

        assertThat(tabNames(session))
                .containsExactly("Session", "Media lines", "Audio streams", "Audio client events");
    }

    @Test
    void aSessionTooLargeForTheCardKeepsTheTabsThatFitAndNamesTheOthers() {
        JsonNode card = debugCard(call(json -> {
            // A session re-established sixty times: sixty segments, each with its own audio streams and events.
            ArrayNode segments = (ArrayNode) json.at("/sessions/0/segments");
            for (int i = 1; i < 60; i++) {
                segments.add(segments.get(0).deepCopy());
            }
        }));

        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(28 * 1024);
        assertThat(tabNames(session(card)))
                .containsExactly("Session", "Media lines", "Traceroutes", "Feedback");
        assertThat(textBlocks(session(card))).contains("Left off to keep the card within Teams' size limit: "
                + "Audio streams, Audio client events.");
    }

    @Test
    void aSpecialistStillCannotGetTheDebugCard() {
        Reply reply = dispatcher(store(callWithEveryTab())).answer(new ChatRequest("debug " + CALL_ID, SAM, "chat"));

        assertThat(reply).isInstanceOf(AccessRefusedView.class);
        assertThat(new AdaptiveCardRenderer().render(reply).toString()).doesNotContain("Audio streams")
                .doesNotContain("10.10.1.1");
    }

    /** Alice on Wi-Fi calls Pierre: one audio line, Alice's traceroute and her feedback. */
    private static ObjectNode call(Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) GraphFixtures.load("peer-to-peer-wifi.json");
        change.accept(json);
        return json;
    }

    /** The same call with video, screen sharing and signal levels too, so every tab has something to show. */
    private static ObjectNode callWithEveryTab() {
        return call(json -> {
            ((ArrayNode) json.at("/sessions/0/modalities")).add("videoBasedScreenSharing");
            media(json, 0).with("callerDevice").put("sentSignalLevel", -28).put("sentNoiseLevel", -71);
            ArrayNode media = (ArrayNode) json.at("/sessions/0/segments/0/media");
            media.add(videoLine("main-video", 10, 5, 55, 4));
            media.add(videoLine("applicationsharing-video", 0.5, 12, 1, 14));
        });
    }

    private static ObjectNode videoLine(String label, double lossToPierre, double fpsToPierre, double lossToAlice,
                                        double fpsToAlice) {
        return (ObjectNode) GraphFixtures.parseJson("""
                {"label": "%s",
                 "callerNetwork": {"connectionType": "wifi", "ipAddress": "10.10.1.23", "delayEventRatio": 0.02},
                 "calleeNetwork": {"connectionType": "wired", "ipAddress": "192.168.1.40"},
                 "streams": [
                   {"streamId": "1", "streamDirection": "callerToCallee", "videoCodec": "h264s",
                    "averageVideoFrameLossPercentage": %s, "averageVideoFrameRate": %s},
                   {"streamId": "2", "streamDirection": "calleeToCaller", "videoCodec": "h264s",
                    "averageVideoFrameLossPercentage": %s, "averageVideoFrameRate": %s}]}
                """.formatted(label, lossToPierre, fpsToPierre, lossToAlice, fpsToAlice));
    }

    private static ObjectNode media(ObjectNode json, int line) {
        return (ObjectNode) json.at("/sessions/0/segments/0/media/" + line);
    }

    /** Stream 0 goes from Alice to Pierre, stream 1 from Pierre to Alice. */
    private static ObjectNode stream(ObjectNode json, int stream) {
        return (ObjectNode) media(json, 0).at("/streams/" + stream);
    }

    private static FakeCallRecordStore store(ObjectNode json) {
        FakeCallRecordStore store = new FakeCallRecordStore();
        store.upsert(new CallRecordParser().parse(json), json.toString());
        return store;
    }

    private static CommandDispatcher dispatcher(FakeCallRecordStore store) {
        return ChatFixture.demo().store(store).dispatcher();
    }

    private static JsonNode debugCard(ObjectNode json) {
        Reply reply = dispatcher(store(json)).answer(new ChatRequest("debug " + CALL_ID, ERIN, "chat"));
        assertThat(reply).isInstanceOf(DebugView.class);
        return new AdaptiveCardRenderer().render(reply);
    }
}
