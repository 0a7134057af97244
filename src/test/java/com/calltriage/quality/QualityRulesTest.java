package com.calltriage.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule at its threshold, just under and just over, on a 1:1 call where Bob receives a stream from
 * Alice (callerToCallee, measured by Bob) on a wired network, unless a test puts him on Wi-Fi.
 */
class QualityRulesTest {
    private final CallRecordParser parser = new CallRecordParser();
    private final CallDiagnoser diagnoser = new CallDiagnoser(QualityRules.standard());

    @ParameterizedTest(name = "{0} {1} = {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // audio red (CQD), durations as ISO-8601 strings and numbers as strings
        "main-audio | averageJitter | '\"PT0.030S\"' | audio.jitter.average.yellow",
        "main-audio | averageJitter | '\"PT0.031S\"' | audio.jitter.red",
        "main-audio | averageJitter | '\"PT0.0155S\"' | audio.jitter.average.yellow",
        "main-audio | averageJitter | '\"PT0.015S\"' | none",
        "main-audio | averagePacketLossRate | 0.10 | audio.packet-loss.average.yellow",
        "main-audio | averagePacketLossRate | '\"0.1001\"' | audio.packet-loss.red",
        "main-audio | averagePacketLossRate | 0.01 | none",
        "main-audio | averagePacketLossRate | 0.0101 | audio.packet-loss.average.yellow",
        "main-audio | averageRoundTripTime | '\"PT0.5S\"' | audio.round-trip.average.yellow",
        "main-audio | averageRoundTripTime | '\"PT0.501S\"' | audio.round-trip.red",
        "main-audio | averageRoundTripTime | '\"PT0.1S\"' | none",
        "main-audio | averageRoundTripTime | '\"PT0.101S\"' | audio.round-trip.average.yellow",
        "main-audio | averageRatioOfConcealedSamples | 0.07 | audio.concealed.average.yellow",
        "main-audio | averageRatioOfConcealedSamples | 0.0701 | audio.concealed.red",
        "main-audio | averageRatioOfConcealedSamples | 0.03 | none",
        "main-audio | averageAudioDegradation | 1.0 | audio.degradation.yellow",
        "main-audio | averageAudioDegradation | '\"1.01\"' | audio.degradation.red",
        "main-audio | averageAudioDegradation | 0.5 | none",
        "main-audio | maxJitter | '\"PT0.030S\"' | none",
        "main-audio | maxJitter | '\"PT0.031S\"' | audio.jitter.max.yellow",
        "main-audio | maxPacketLossRate | 0.11 | audio.packet-loss.max.yellow",
        "main-audio | maxRoundTripTime | '\"PT0.51S\"' | audio.round-trip.max.yellow",
        "main-audio | maxRatioOfConcealedSamples | 0.08 | audio.concealed.max.yellow",
        // video chain: the first available metric decides
        "main-video | averageVideoFrameLossPercentage | 50 | none",
        "main-video | averageVideoFrameLossPercentage | 50.1 | video.frame-loss.red",
        "main-video | averageVideoFrameRate | 7 | none",
        "main-video | averageVideoFrameRate | 6.9 | video.frame-rate.red",
        "main-video | postForwardErrorCorrectionPacketLossRate | 0.15 | none",
        "main-video | postForwardErrorCorrectionPacketLossRate | 0.151 | video.post-fec-loss.red",
        // video-based screen sharing: the same chain, 2 fps
        "applicationsharing-video | averageVideoFrameRate | 2 | none",
        "applicationsharing-video | averageVideoFrameRate | 1.9 | vbss.frame-rate.red",
        "applicationsharing-video | averageVideoFrameRate | 6 | none",
    })
    void aMetricAtItsLimitIsFineAndJustPastItFires(String label, String metric, String value, String expected) {
        List<Reason> reasons = diagnose(label, "\"" + metric + "\": " + value).call().reasons();
        if (expected.equals("none")) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).extracting(Reason::ruleId).containsExactly(expected);
        }
    }

    @Test
    void redVerdictIsPoorAndNamesTheReceiverAndDirection() {
        Diagnosis call = diagnoseJson(record("null", "main-audio", "\"averageJitter\": \"PT0.048S\"", "audio")
                .replace("\"calleeNetwork\": {\"connectionType\": \"wired\"}",
                        "\"calleeNetwork\": {\"connectionType\": \"wifi\"}")).call();
        assertThat(call.verdict()).isEqualTo(Verdict.POOR);
        Reason main = call.mainCause().orElseThrow();
        assertThat(main.person().displayName()).isEqualTo("Bob Stone");
        assertThat(main.direction()).isEqualTo(Reason.Direction.RECEIVED);
        assertThat(main.connection()).isEqualTo("wifi");
        assertThat(main.measured()).isEqualTo(48.0);
        assertThat(main.threshold()).isEqualTo(30.0);
        assertThat(call.reasons()).extracting(Reason::ruleId).contains("network.wifi-on-red-stream.yellow");
    }

    @Test
    void yellowAloneLeavesTheCallGood() {
        assertThat(diagnose("main-audio", "\"averageJitter\": \"PT0.020S\"").call().verdict()).isEqualTo(Verdict.GOOD);
    }

    @ParameterizedTest(name = "packetUtilization {0} -> classified: {1}")
    @CsvSource({"500, false", "501, true", "'\"NaN\"', true", "'\"0\"', false"})
    void lowPacketAudioStreamsAreNotClassified(String packets, boolean classified) {
        Diagnosis call = diagnose("main-audio",
                "\"averageJitter\": \"PT0.090S\", \"packetUtilization\": " + packets).call();
        assertThat(call.verdict()).isEqualTo(classified ? Verdict.POOR : Verdict.GOOD);
    }

    @Test
    void inTheVideoChainAFineFirstMetricHidesALaterBadOne() {
        Diagnosis call = diagnose("main-video",
                "\"averageVideoFrameLossPercentage\": 10, \"averageVideoFrameRate\": 3").call();
        assertThat(call.verdict()).isEqualTo(Verdict.GOOD);
    }

    @Test
    void theVideoChainFallsThroughToTheFirstMetricReported() {
        Diagnosis call = diagnose("main-video",
                "\"averageVideoFrameLossPercentage\": \"NaN\", \"averageVideoFrameRate\": 3").call();
        assertThat(call.mainCause().orElseThrow().ruleId()).isEqualTo("video.frame-rate.red");
    }

    @Test
    void appSharingIsNotClassifiedNeverGood() {
        Diagnosis call = diagnose("applicationsharing-rdp", "\"averageJitter\": \"PT0.090S\"", "screenSharing").call();
        assertThat(call.reasons()).extracting(Reason::severity, Reason::words)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.NOTE,
                        "app sharing quality is not classified"));
    }

    @Test
    void aStreamWithoutQualityDataAndNoFailureIsUnavailable() {
        assertThat(diagnose("main-audio", "\"audioCodec\": \"satin\"").call().verdict())
                .isEqualTo(Verdict.UNAVAILABLE);
    }

    @Test
    void aSetupFailureWithoutDataIsPoorNotUnavailable() {
        Diagnosis call = diagnoseJson(record("{\"stage\": \"callSetup\", \"reason\": \"Ms-diag 21\"}",
                "main-audio", "\"audioCodec\": \"satin\"", "audio")).call();
        assertThat(call.verdict()).isEqualTo(Verdict.POOR);
        assertThat(call.mainCause().orElseThrow().cause()).isEqualTo(Cause.CALL_SETUP);
        assertThat(call.mainCause().orElseThrow().detail()).isEqualTo("Ms-diag 21");
    }

    @Test
    void aDropRanksBeforeADeviceFaultBeforeTheNetwork() {
        String json = record("{\"stage\": \"midcall\"}", "main-audio",
                "\"averagePacketLossRate\": 0.5", "audio")
                .replace("\"callerDevice\": {}", "\"callerDevice\": {\"captureNotFunctioningEventRatio\": 0.01}");
        assertThat(diagnoseJson(json).call().reasons()).extracting(Reason::cause)
                .startsWith(Cause.DROPPED, Cause.DEVICE, Cause.NETWORK);
    }

    @ParameterizedTest(name = "capture ratio {0} -> poor: {1}")
    @CsvSource({"0.0049, false", "0.005, true", "'\"0.02\"', true"})
    void aDeviceIsNotFunctioningFromHalfAPercent(String ratio, boolean poor) {
        String json = record("null", "main-audio", "\"averageJitter\": \"PT0.002S\"", "audio")
                .replace("\"callerDevice\": {}", "\"callerDevice\": {\"captureNotFunctioningEventRatio\": " + ratio + "}");
        assertThat(diagnoseJson(json).call().verdict()).isEqualTo(poor ? Verdict.POOR : Verdict.GOOD);
    }

    @Test
    void amongNetworkTroubleTheMetricFurthestPastItsLimitIsTheMainCause() {
        Diagnosis call = diagnose("main-audio",
                "\"averageJitter\": \"PT0.033S\", \"averagePacketLossRate\": 0.25").call();
        assertThat(call.mainCause().orElseThrow().ruleId()).isEqualTo("audio.packet-loss.red");
    }

    @Test
    void yellowBandsCanBeOverriddenAndChangeTheVersion() {
        QualityRules stricter = QualityRules.withYellowOverrides(Map.of("audio.jitter.average.yellow", 10.0));
        assertThat(stricter.version()).isNotEqualTo(QualityRules.standard().version());
        Diagnosis call = new CallDiagnoser(stricter).diagnose(parser.parse(GraphFixtures.parseJson(
                record("null", "main-audio", "\"averageJitter\": \"PT0.012S\"", "audio")))).call();
        assertThat(call.reasons()).extracting(Reason::ruleId).containsExactly("audio.jitter.average.yellow");
    }

    @Test
    void redRulesCannotBeOverridden() {
        assertThatThrownBy(() -> QualityRules.withYellowOverrides(Map.of("audio.jitter.red", 50.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audio.jitter.red");
    }

    private CallDiagnosis diagnose(String label, String streamFields) {
        return diagnose(label, streamFields, label.contains("applicationsharing") ? "videoBasedScreenSharing" : "audio");
    }

    private CallDiagnosis diagnose(String label, String streamFields, String modality) {
        return diagnoseJson(record("null", label, streamFields, modality));
    }

    private CallDiagnosis diagnoseJson(String json) {
        return diagnoser.diagnose(parser.parse(GraphFixtures.parseJson(json)));
    }

    /** A 1:1 call from Alice to Bob, both wired, with one media line and one stream Bob received. */
    private static String record(String failure, String label, String streamFields, String modality) {
        return """
            {"id": "c1", "version": 1, "type": "peerToPeer", "startDateTime": "2026-11-20T10:00:00Z",
             "sessions": [{"id": "s1", "modalities": ["%4$s"], "failureInfo": %1$s,
               "caller": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                          "associatedIdentity": {"id": "alice-id", "displayName": "Alice Wood"}},
               "callee": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                          "associatedIdentity": {"id": "bob-id", "displayName": "Bob Stone"}},
               "segments": [{"id": "g1", "media": [{"label": "%2$s",
                 "callerDevice": {}, "calleeDevice": {},
                 "callerNetwork": {"connectionType": "wired"}, "calleeNetwork": {"connectionType": "wired"},
                 "streams": [{"streamId": "1", "streamDirection": "callerToCallee", %3$s}]}]}]}]}
            """.formatted(failure, label, streamFields, modality);
    }
}
