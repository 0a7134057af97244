package com.calltriage.quality;

import static com.calltriage.testing.DemoFixtures.demoCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.Metric;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoTrouble;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every demo call gets the verdict and main cause it was generated with. */
class DemoDiagnosisTest {
    private static final Map<DemoTrouble, Cause> CAUSE = new EnumMap<>(Map.of(
            DemoTrouble.WIFI_JITTER, Cause.NETWORK,
            DemoTrouble.VPN_PACKET_LOSS, Cause.NETWORK,
            DemoTrouble.HIGH_ROUND_TRIP, Cause.NETWORK,
            DemoTrouble.DEVICE_NOT_FUNCTIONING, Cause.DEVICE,
            DemoTrouble.CALL_SETUP_FAILURE, Cause.CALL_SETUP,
            DemoTrouble.DROPPED_CALL, Cause.DROPPED));
    private static final Map<DemoTrouble, Metric> METRIC = new EnumMap<>(Map.of(
            DemoTrouble.WIFI_JITTER, Metric.AVERAGE_JITTER,
            DemoTrouble.VPN_PACKET_LOSS, Metric.AVERAGE_PACKET_LOSS_RATE,
            DemoTrouble.HIGH_ROUND_TRIP, Metric.AVERAGE_ROUND_TRIP_TIME,
            DemoTrouble.DEVICE_NOT_FUNCTIONING, Metric.CAPTURE_NOT_FUNCTIONING_EVENT_RATIO));

    private final CallRecordParser parser = new CallRecordParser();
    private final CallDiagnoser diagnoser = new CallDiagnoser(QualityRules.standard());
    private final List<DemoCall> calls = demoCalls();

    @Test
    void everyTroubledCallGetsTheVerdictAndMainCauseItWasGeneratedWith() {
        for (DemoCall call : calls) {
            if (call.trouble() == DemoTrouble.NONE) {
                continue;
            }
            Diagnosis own = diagnosisOfTroubledUser(call);
            String what = call.trouble() + " in " + call.kind() + " " + call.id();
            if (call.trouble() == DemoTrouble.NO_QUALITY_DATA) {
                assertThat(own.verdict()).as(what).isEqualTo(Verdict.UNAVAILABLE);
                continue;
            }
            assertThat(own.verdict()).as(what).isEqualTo(Verdict.POOR);
            Reason main = own.mainCause().orElseThrow();
            assertThat(main.cause()).as(what).isEqualTo(CAUSE.get(call.trouble()));
            if (METRIC.containsKey(call.trouble())) {
                assertThat(main.metric()).as(what).isEqualTo(METRIC.get(call.trouble()));
                assertThat(main.person().id()).as(what).isEqualTo(call.troubledUser());
            }
        }
    }

    @Test
    void goodCallsStayGood() {
        assertThat(calls.stream().filter(c -> c.trouble() == DemoTrouble.NONE))
                .allSatisfy(call -> assertThat(diagnoser.diagnose(parser.parse(call.json())).call().verdict())
                        .as(call.id()).isEqualTo(Verdict.GOOD));
    }

    @Test
    void inAMeetingOnlyTheTroubledPersonsOwnSessionsArePoor() {
        DemoCall meeting = calls.stream()
                .filter(c -> c.kind() == CallKind.MEETING && c.trouble() == DemoTrouble.WIFI_JITTER)
                .findFirst().orElseThrow();
        CallDiagnosis diagnosis = diagnoser.diagnose(parser.parse(meeting.json()));
        assertThat(diagnosis.call().verdict()).isEqualTo(Verdict.POOR);
        assertThat(diagnosis.sessions()).filteredOn(s -> !s.participantIds().contains(meeting.troubledUser()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.diagnosis().verdict()).isEqualTo(Verdict.GOOD));
    }

    /** Printed for the record: the demo tenant's poor-call rate by main cause. */
    @Test
    void poorCallRateByMainCause() {
        Map<String, Long> byCause = new TreeMap<>(calls.stream()
                .map(c -> diagnoser.diagnose(parser.parse(c.json())).call())
                .collect(Collectors.groupingBy(d -> d.verdict() == Verdict.POOR
                        ? "Poor: " + d.mainCause().orElseThrow().cause().label() + " / "
                          + d.mainCause().orElseThrow().words()
                        : d.verdict().label(), Collectors.counting())));
        long poor = byCause.entrySet().stream().filter(e -> e.getKey().startsWith("Poor"))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("Demo tenant: %d calls, %d poor (%.1f%%)%n", calls.size(), poor, 100.0 * poor / calls.size());
        byCause.forEach((cause, count) -> System.out.printf("  %-50s %4d (%.1f%%)%n", cause, count,
                100.0 * count / calls.size()));
        assertThat(poor).isBetween(calls.size() / 20L, calls.size() / 3L);
    }

    private Diagnosis diagnosisOfTroubledUser(DemoCall call) {
        CallDiagnosis diagnosis = diagnoser.diagnose(parser.parse(call.json()));
        return diagnosis.forParticipant(call.troubledUser(), call.kind() == CallKind.MEETING);
    }
}
