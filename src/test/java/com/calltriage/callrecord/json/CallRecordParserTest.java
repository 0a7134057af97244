package com.calltriage.callrecord.json;

import static com.calltriage.testing.GraphFixtures.load;
import static com.calltriage.testing.GraphFixtures.parseJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallType;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.FailureInfo;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Media;
import com.calltriage.callrecord.MediaStream;
import com.calltriage.callrecord.Metric;
import com.calltriage.callrecord.Modality;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.callrecord.Session;
import com.calltriage.callrecord.TraceRouteHop;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallRecordParserTest {
    private final CallRecordParser parser = new CallRecordParser();

    @Nested
    class CurrentGraphForm {
        private final CallRecord call = parser.parse(load("peer-to-peer-wifi.json"));

        @Test
        void readsTheRecordItself() {
            assertThat(call.id()).isEqualTo("e523d2ed-2966-4b6b-925b-754a88034cc5");
            assertThat(call.version()).isEqualTo(2);
            assertThat(call.type()).isEqualTo(CallType.PEER_TO_PEER);
            assertThat(call.kind()).isEqualTo(CallKind.ONE_TO_ONE);
            assertThat(call.modalities()).containsExactlyInAnyOrder(Modality.AUDIO, Modality.VIDEO);
            assertThat(call.start()).isEqualTo(Instant.parse("2026-11-18T09:02:11.4471923Z"));
            assertThat(call.duration()).contains(Duration.between(call.start(), call.end()));
        }

        @Test
        void readsParticipantsAndOrganizerFromTheV2Properties() {
            assertThat(call.participants()).extracting(p -> p.identity().displayName())
                    .containsExactly("Alice Wood", "Pierre Laurent");
            Identity alice = call.participants().get(0).identity();
            assertThat(alice.kind()).isEqualTo(Identity.Kind.USER);
            assertThat(alice.userPrincipalName()).isEqualTo("alice@contoso.com");
            assertThat(alice.alias()).contains("alice");
            assertThat(alice.belongsTo("DC368399-474C-4D40-900C-6265431FD81F")).isTrue();
            assertThat(call.organizer().identity().id()).isEqualTo(alice.id());
        }

        @Test
        void readsEndpointsWithAssociatedIdentityUserAgentAndFeedback() {
            Session session = call.sessions().get(0);
            Endpoint caller = session.caller();
            assertThat(caller.participant()).isTrue();
            assertThat(caller.identity().displayName()).isEqualTo("Alice Wood");
            assertThat(caller.deviceName()).isEqualTo("ALICE-LAPTOP");
            assertThat(caller.cpuSpeedMhz()).isEqualTo(2700);
            assertThat(caller.userAgent().platform()).isEqualTo("windows");
            assertThat(caller.userAgent().service()).isFalse();
            assertThat(caller.feedback().rating()).isEqualTo("poor");
            assertThat(caller.feedback().text()).isEqualTo("Voices kept breaking up");
            assertThat(caller.feedback().tokens()).containsEntry("DistortedSpeech", true);
        }

        @Test
        void readsDurationsAsMillisecondsAndNumbersSentAsStrings() {
            Media audio = call.sessions().get(0).segments().get(0).media().get(0);
            MediaStream received = audio.streams().get(1);
            assertThat(received.direction()).isEqualTo(MediaStream.StreamDirection.CALLEE_TO_CALLER);
            assertThat(received.metrics().get(Metric.AVERAGE_JITTER)).hasValue(48.0);
            assertThat(received.metrics().get(Metric.MAX_JITTER)).hasValue(120.0);
            assertThat(received.metrics().get(Metric.AVERAGE_PACKET_LOSS_RATE)).hasValue(0.031);
            assertThat(received.metrics().get(Metric.AVERAGE_AUDIO_DEGRADATION)).hasValue(1.4);
            assertThat(received.metrics().get(Metric.PACKET_UTILIZATION)).hasValue(55431.0);
            assertThat(received.wasMediaBypassed()).isFalse();
        }

        @Test
        void treatsNaNAndMissingMetricsAsAbsentNotZero() {
            Media audio = call.sessions().get(0).segments().get(0).media().get(0);
            assertThat(audio.streams().get(1).metrics().has(Metric.AVERAGE_RATIO_OF_CONCEALED_SAMPLES)).isFalse();
            assertThat(audio.streams().get(1).metrics().has(Metric.MAX_ROUND_TRIP_TIME)).isFalse();
            assertThat(audio.calleeNetwork().metrics().has(Metric.WIFI_SIGNAL_STRENGTH)).isFalse();
        }

        @Test
        void readsNetworkDetailsTracerouteAndDevices() {
            Media audio = call.sessions().get(0).segments().get(0).media().get(0);
            NetworkInfo network = audio.callerNetwork();
            assertThat(network.isWifi()).isTrue();
            assertThat(network.subnet()).isEqualTo("10.10.1.0");
            assertThat(network.bssid()).isEqualTo("00-1A-1E-00-11-22");
            assertThat(network.dnsSuffix()).isEqualTo("redmond.contoso.com");
            assertThat(network.wifiDriver()).isEqualTo("Intel(R) Wi-Fi 6E AX211 160MHz 23.40.0.4");
            assertThat(network.metrics().get(Metric.WIFI_SIGNAL_STRENGTH)).hasValue(31.0);
            assertThat(network.metrics().get(Metric.RECEIVED_QUALITY_EVENT_RATIO)).hasValue(0.18);
            assertThat(network.traceRouteHops()).extracting(TraceRouteHop::roundTripTimeMs).containsExactly(2.0, 11.0);
            assertThat(audio.callerDevice().captureDeviceName()).isEqualTo("Microphone Array (Realtek(R) Audio)");
            assertThat(audio.calleeDevice().metrics().get(Metric.CAPTURE_NOT_FUNCTIONING_EVENT_RATIO)).hasValue(0.0);
        }
    }

    @Nested
    class OlderGraphForm {
        private final CallRecord call = parser.parse(load("meeting-legacy-identities.json"));

        @Test
        void readsParticipantsAndOrganizerFromIdentitySets() {
            assertThat(call.kind()).isEqualTo(CallKind.MEETING);
            assertThat(call.participants()).extracting(p -> p.identity().kind())
                    .containsExactly(Identity.Kind.USER, Identity.Kind.PHONE, Identity.Kind.GUEST);
            assertThat(call.participants().get(1).identity().id()).isEqualTo("+14255550123");
            assertThat(call.organizer().identity().displayName()).isEqualTo("Alice Wood");
        }

        @Test
        void readsTheDeprecatedEndpointIdentityAndServiceUserAgents() {
            Session session = call.sessions().get(0);
            assertThat(session.caller().identity().displayName()).isEqualTo("Alice Wood");
            assertThat(session.callee().participant()).isFalse();
            assertThat(session.callee().userAgent().service()).isTrue();
            assertThat(session.callee().userAgent().role()).isEqualTo("conferencing");
            assertThat(session.failureInfo().stage()).isEqualTo(FailureInfo.Stage.MIDCALL);
        }
    }

    @Test
    void prefersV2ParticipantsWhenBothFormsArePresent() {
        ObjectNode json = (ObjectNode) load("peer-to-peer-wifi.json");
        json.set("participants", parseJson("[{\"user\": {\"id\": \"old-only\", \"displayName\": \"Old\"}}]"));
        assertThat(parser.parse(json).participants()).extracting(p -> p.identity().id())
                .doesNotContain("old-only").hasSize(2);
    }

    @Test
    void fallsBackToOlderParticipantsWhenV2IsEmpty() {
        ObjectNode json = (ObjectNode) load("peer-to-peer-wifi.json");
        json.putArray("participants_v2");
        json.set("participants", parseJson("[{\"user\": {\"id\": \"u1\", \"displayName\": \"Only Old\"}}]"));
        assertThat(parser.parse(json).participants()).extracting(p -> p.identity().displayName())
                .containsExactly("Only Old");
    }

    @ParameterizedTest(name = "{0} reads as {1} ms")
    @CsvSource({
        "'\"PT0.045S\"', 45.0",
        "'\"PT1M0.5S\"', 60500.0",
        "'0.03', 30.0",
        "'\"0.03\"', 30.0"
    })
    void readsJitterInEveryFormGraphUses(String value, double millis) {
        CallRecord call = parser.parse(parseJson(minimalWithStream("\"averageJitter\": " + value)));
        assertThat(streamOf(call).metrics().get(Metric.AVERAGE_JITTER)).hasValue(millis);
    }

    @Test
    void readsInfinityAsAValue() {
        CallRecord call = parser.parse(parseJson(minimalWithStream("\"averagePacketLossRate\": \"INF\"")));
        assertThat(streamOf(call).metrics().get(Metric.AVERAGE_PACKET_LOSS_RATE)).hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void rejectsAValueOfTheWrongFormNamingWhereItIs() {
        assertThatThrownBy(() -> parser.parse(parseJson(minimalWithStream("\"averageJitter\": \"fast\""))))
                .isInstanceOf(InvalidCallRecordException.class)
                .hasMessageContaining("averageJitter")
                .hasMessageContaining("stream 7");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "[1, 2]| expected a JSON object",
        "{\"id\": \"u1\", \"@odata.type\": \"#microsoft.graph.user\", \"displayName\": \"Alice\"}| @odata.type is #microsoft.graph.user",
        "{\"displayName\": \"no id\"}| no id",
        "{\"id\": \"u1\", \"displayName\": \"Alice Wood\", \"mail\": \"alice@contoso.com\"}| not a call record: no version, startDateTime or sessions",
        "{\"id\": \"c1\", \"startDateTime\": \"2026-11-01T10:00:00Z\"}| no version",
        "{\"id\": \"c1\", \"version\": 1}| no startDateTime",
        "{\"id\": \"c1\", \"version\": 1, \"startDateTime\": \"yesterday\"}| 'yesterday' is not an ISO-8601 date-time"
    })
    void rejectsWhatIsNotACallRecordWithTheReason(String json, String reason) {
        assertThatThrownBy(() -> parser.parse(parseJson(json)))
                .isInstanceOf(InvalidCallRecordException.class)
                .hasMessageContaining(reason.strip());
    }

    @Test
    void ignoresFieldsGraphAddsLater() {
        ObjectNode json = (ObjectNode) load("peer-to-peer-wifi.json");
        json.put("someNewProperty", "value");
        json.putObject("anotherNewObject").put("x", 1);
        assertThat(parser.parse(json)).isEqualTo(parser.parse(load("peer-to-peer-wifi.json")));
    }

    private static String minimalWithStream(String metric) {
        return """
                {"id": "c1", "version": 1, "startDateTime": "2026-11-01T10:00:00Z", "type": "peerToPeer",
                 "sessions": [{"id": "s1", "segments": [{"id": "g1", "media": [{"label": "main-audio",
                   "streams": [{"streamId": "7", "streamDirection": "callerToCallee", %s}]}]}]}]}
                """.formatted(metric);
    }

    private static MediaStream streamOf(CallRecord call) {
        return call.sessions().get(0).segments().get(0).media().get(0).streams().get(0);
    }
}
