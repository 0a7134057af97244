package com.calltriage.calls.report;

import static com.calltriage.calls.report.ReasonFixtures.ALICE;
import static com.calltriage.calls.report.ReasonFixtures.BOB;
import static com.calltriage.calls.report.ReasonFixtures.engineer;
import static com.calltriage.calls.report.ReasonFixtures.metric;
import static com.calltriage.calls.report.ReasonFixtures.reason;
import static com.calltriage.calls.report.ReasonFixtures.specialist;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Masking;
import com.calltriage.access.Role;
import com.calltriage.quality.Advice;
import com.calltriage.quality.Reason;
import com.calltriage.quality.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The headline and What to try of every rule, on each side of a call, as the asker may read them. */
class AdviceTextTest {
    private static final String SUBJECT = "Alice Wood";
    private static final String WIFI = Advice.forConnection("wifi").orElseThrow();
    private static final String VPN = Advice.forConnection("tunnel").orElseThrow();

    static Stream<String> everyRule() {
        return Advice.all().stream().map(Advice::ruleId);
    }

    @Nested
    class OnTheUsersOwnSide {
        @ParameterizedTest(name = "{0}")
        @MethodSource("com.calltriage.calls.report.AdviceTextTest#everyRule")
        void everyRuleNamesTheUserAndSaysWhatToTry(String ruleId) {
            Reason reason = reason(ruleId, ALICE, "wifi");
            Advice advice = Advice.of(ruleId).orElseThrow();

            String headline = AdviceText.headline(reason, specialist(), SUBJECT);
            List<String> steps = AdviceText.whatToTry(List.of(asRed(reason)), specialist(), SUBJECT);

            assertThat(headline).startsWith("Alice Wood's ").doesNotContain("{", "}", "nothing to change");
            assertThat(steps).isNotEmpty().contains(advice.whatToTry());
            if (advice.concern() == Advice.Concern.NETWORK) {
                assertThat(headline).contains("Wi-Fi");
                assertThat(steps.get(0)).isEqualTo(WIFI);
            }
        }
    }

    @Nested
    class OnTheOtherPartysSide {
        @ParameterizedTest(name = "{0}")
        @MethodSource("com.calltriage.calls.report.AdviceTextTest#everyRule")
        void everyRuleSaysThereIsNothingToChangeOnTheUsersSideWithoutNamingTheOtherParty(String ruleId) {
            Reason reason = reason(ruleId, BOB, "wired");
            Advice advice = Advice.of(ruleId).orElseThrow();

            for (Masking masking : List.of(specialist(), engineer())) {
                String headline = AdviceText.headline(reason, masking, SUBJECT);
                List<String> steps = AdviceText.whatToTry(List.of(asRed(reason)), masking, SUBJECT);

                assertThat(headline + steps).doesNotContain("Bob", "{", "}");
                if (advice.concern() == Advice.Concern.CALL) {
                    // A call that failed or dropped failed for the user too, whoever's session recorded it.
                    assertThat(headline).startsWith("Alice Wood's call");
                    assertThat(steps).containsExactly(advice.whatToTry());
                } else {
                    assertThat(headline).startsWith("The other party's ")
                            .endsWith(": nothing to change on Alice Wood's side");
                    assertThat(steps).singleElement().asString().startsWith("Nothing to change on Alice Wood's side");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "audio.jitter.red | wifi | Alice Wood's Wi-Fi was unstable during the call",
        "audio.packet-loss.red | tunnel | Alice Wood's VPN lost part of the audio",
        "audio.round-trip.red | wired | Alice Wood's wired network was slow, so speech arrived late",
        "video.frame-loss.red | | Alice Wood's network lost many video frames",
        "device.capture-not-functioning.red | wired | Alice Wood's microphone stopped working during the call",
        "failure.call-setup.red | | Alice Wood's call could not be set up: no media connection could be made",
        "failure.midcall.red | | Alice Wood's call dropped while it was under way",
    })
    void headlinesReadAsATier1AgentWouldSayThem(String ruleId, String connection, String headline) {
        assertThat(AdviceText.headline(reason(ruleId, ALICE, connection), specialist(), SUBJECT)).isEqualTo(headline);
    }

    @Test
    void aVpnStartsWithTeamsMediaBypassingTheTunnel() {
        List<String> steps = AdviceText.whatToTry(List.of(reason("audio.packet-loss.red", ALICE, "tunnel")),
                specialist(), SUBJECT);
        assertThat(steps.get(0)).isEqualTo(VPN).contains("bypass the VPN", "network team", "split tunnel");
    }

    @Test
    void aFailedSetupPointsTheNetworkTeamAtTeamsMediaPortsAndRanges() {
        assertThat(AdviceText.whatToTry(List.of(reason("failure.call-setup.red", ALICE, null)), specialist(),
                SUBJECT)).singleElement().asString().contains("UDP ports 3478-3481", "52.112.0.0/14");
    }

    @Test
    void aMicrophoneThatStoppedWorkingIsCheckedAtTheHeadsetDriverAndPrivacySettings() {
        assertThat(AdviceText.whatToTry(List.of(reason("device.capture-not-functioning.red", ALICE, "wired")),
                specialist(), SUBJECT)).singleElement().asString().contains("headset", "driver", "privacy settings");
    }

    @Test
    void troubleOnATeamsServicesSideIsNotTheUsers() {
        Reason service = reason("audio.jitter.red", null, "wired");
        assertThat(AdviceText.headline(service, specialist(), SUBJECT))
                .isEqualTo("The Teams service's wired network was unstable during the call: nothing to change on "
                        + "Alice Wood's side");
        assertThat(AdviceText.whatToTry(List.of(service), specialist(), SUBJECT)).singleElement().asString()
                .startsWith("Nothing to change on Alice Wood's side").contains("Service health");
    }

    @Test
    void withoutAUserSearchedForTheSideIsNamedAsTheAskerMaySeeIt() {
        Masking masking = ReasonFixtures.POLICY.maskFor(Set.of(Role.SPECIALIST), null);
        assertThat(AdviceText.headline(reason("audio.jitter.red", BOB, "wifi"), masking, null))
                .isEqualTo("Internal User's Wi-Fi was unstable during the call");
        assertThat(AdviceText.headline(reason("failure.midcall.red", null, null), masking, null))
                .isEqualTo("The call dropped while it was under way");
    }

    @Test
    void stepsForTheSameTroubleAreSaidOnceAndTheMainCauseComesFirst() {
        List<String> steps = AdviceText.whatToTry(ReasonFixtures.poorAudioOverWifi(), specialist(), SUBJECT);

        assertThat(steps).hasSize(2).doesNotHaveDuplicates();
        assertThat(steps.get(0)).isEqualTo(WIFI);
    }

    @Test
    void atMostThreeStepsAreGivenAndOnlyForTheMainCausesSide() {
        List<Reason> reasons = List.of(
                metric("audio.packet-loss.red", ALICE, "tunnel", 0.15),
                metric("device.capture-not-functioning.red", BOB, "wired", 0.05),
                metric("audio.round-trip.average.yellow", ALICE, "tunnel", 150),
                metric("network.low-bandwidth.yellow", ALICE, "tunnel", 0.2),
                metric("device.glitch.yellow", ALICE, "tunnel", 0.1));

        List<String> steps = AdviceText.whatToTry(reasons, specialist(), SUBJECT);

        assertThat(steps).hasSize(AdviceText.MAX_STEPS).noneMatch(step -> step.startsWith("Nothing to change"));
        assertThat(steps.get(0)).isEqualTo(VPN);
    }

    @Test
    void aCallWithNothingRedHasNothingToTry() {
        assertThat(AdviceText.whatToTry(List.of(metric("audio.jitter.average.yellow", ALICE, "wifi", 20)),
                specialist(), SUBJECT)).isEmpty();
    }

    private static Reason asRed(Reason reason) {
        return new Reason(reason.ruleId(), Severity.RED, reason.cause(), reason.sessionId(),
                reason.person(), reason.connection(), reason.direction(), reason.media(), reason.metric(),
                reason.measured(), reason.threshold(), reason.comparison(), reason.words(), reason.detail());
    }
}
