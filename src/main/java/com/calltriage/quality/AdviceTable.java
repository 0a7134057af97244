package com.calltriage.quality;

import static com.calltriage.quality.Advice.Concern.CALL;
import static com.calltriage.quality.Advice.Concern.DEVICE;
import static com.calltriage.quality.Advice.Concern.NETWORK;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The words of every rule, as data: its headline and its next step, and the steps for a kind of connection. Rules
 * about the same trouble share a step, so a call with several of them is told what to do once. docs/DIAGNOSIS.md
 * lists the same words with the Microsoft pages they rest on.
 */
final class AdviceTable {
    private static final String CALL_ANALYTICS = "per-user call analytics";
    private static final String ENDPOINTS = "Microsoft 365 URLs and IP address ranges";
    private static final String NETWORK_PREP = "Prepare your organization's network for Microsoft Teams";
    private static final String TEST_CALL = "Make a test call in Microsoft Teams";
    private static final String MIC_PRIVACY = "Windows camera, microphone, and privacy";
    private static final String VIDEO_HELP = "Using video in Microsoft Teams";
    private static final String CERTIFIED = "Microsoft Teams certified devices";

    static final String WIFI = "Move closer to the Wi-Fi access point or onto its 5 GHz band; a wired (Ethernet) "
            + "connection is best for calls.";
    static final String VPN = "Teams media should bypass the VPN: tell the network team the call went through it, "
            + "so they route Teams media around the tunnel (split tunnelling).";
    static final String MOBILE = "Move to where the mobile signal is stronger, or use Wi-Fi or a wired connection "
            + "for calls.";
    private static final String STEADY = "Keep large downloads, uploads and streaming off the connection during "
            + "calls; if it happens again, give the network team the call's date and time.";
    private static final String ROUTE = "Ask the network team whether Teams traffic takes a long way round (a distant "
            + "proxy, VPN or internet exit): Microsoft's target is a round trip under 100 ms.";
    private static final String BANDWIDTH = "Stop other heavy traffic during calls, or turn video off to leave the "
            + "bandwidth to the audio; the network team can check the line with the call's date and time.";
    private static final String BLOCKED = "The network likely blocks Teams media: ask the network team to allow UDP "
            + "ports 3478-3481 to Microsoft's Teams media IP ranges (13.107.64.0/18, 52.112.0.0/14, 52.122.0.0/15). "
            + "Joining from another network, such as a phone hotspot, shows whether the network is the cause.";
    private static final String DROPPED = "Find out what happened to the connection at that moment (Wi-Fi lost, VPN "
            + "reconnecting, the computer going to sleep); if calls keep dropping, give the network team the call's "
            + "date and time.";
    private static final String MICROPHONE = "Check the headset or microphone: plugged in, not muted on the device, "
            + "and chosen in Teams under Settings > Devices; update its driver, and let Teams use the microphone in "
            + "the operating system's privacy settings. A test call in Teams shows whether it works again.";
    private static final String SPEAKER = "Check the speaker or headset: connected, volume up, and chosen in Teams "
            + "under Settings > Devices; update its audio driver. A test call in Teams shows whether it works again.";
    private static final String VIDEO = "On a weak connection, turning video off (the camera, or incoming video) "
            + "keeps the audio clear: Teams gives audio priority when bandwidth runs short.";
    private static final String SHARING = "Turn the camera off while sharing, so the shared screen gets the "
            + "bandwidth; if it happens again, give the network team the call's date and time.";
    private static final String GLITCH = "Glitches come from the computer rather than the network: close programs "
            + "that keep it busy, update the audio driver, and prefer a headset certified for Teams.";
    private static final String CLIPPING = "Lower the microphone's input level or move it a little further from the "
            + "mouth; Teams can set the microphone level itself (Settings > Devices).";
    private static final String LOW_SPEECH = "Bring the microphone closer or raise its input level; a headset "
            + "microphone picks up speech best.";
    private static final String HOWLING = "A microphone is picking up its own speaker: use a headset, and when "
            + "several people share a room, keep only one device's audio on.";

    static final String OTHER_PARTY = "Nothing to change on {subject}'s side: the trouble was on the other party's "
            + "side. Say so; if it keeps happening with the same person, their own IT can look at their side.";
    static final String SERVICE = "Nothing to change on {subject}'s side: the trouble was on Microsoft's side. If it "
            + "keeps happening, check Teams under Service health in the Microsoft 365 admin center.";

    static final Map<String, String> BY_CONNECTION = Map.of("wifi", WIFI, "tunnel", VPN, "mobile", MOBILE);

    static final Map<String, Advice> BY_RULE = byRule(
            new Advice("failure.call-setup.red", CALL,
                    "{whose} call could not be set up: no media connection could be made", BLOCKED,
                    CALL_ANALYTICS + "; " + ENDPOINTS),
            new Advice("failure.midcall.red", CALL, "{whose} call dropped while it was under way", DROPPED,
                    CALL_ANALYTICS + "; " + NETWORK_PREP),
            new Advice("device.capture-not-functioning.red", DEVICE,
                    "{whose} microphone stopped working during the call", MICROPHONE,
                    CALL_ANALYTICS + "; " + TEST_CALL + "; " + MIC_PRIVACY),
            new Advice("device.render-not-functioning.red", DEVICE,
                    "{whose} speaker stopped working during the call", SPEAKER, CALL_ANALYTICS + "; " + TEST_CALL),
            network("audio.jitter.red", "{whose} {network} was unstable during the call", STEADY),
            network("audio.packet-loss.red", "{whose} {network} lost part of the audio", STEADY),
            network("audio.round-trip.red", "{whose} {network} was slow, so speech arrived late", ROUTE),
            network("audio.concealed.red", "{whose} {network} made the audio break up", STEADY),
            network("audio.degradation.red", "{whose} {network} made the audio sound poor", STEADY),
            video("video.frame-loss.red", "{whose} {network} lost many video frames", VIDEO),
            video("video.frame-rate.red", "{whose} {network} could not keep the video smooth", VIDEO),
            video("video.post-fec-loss.red", "{whose} {network} lost video that error correction could not repair",
                    VIDEO),
            video("vbss.frame-loss.red", "{whose} {network} lost many screen sharing frames", SHARING),
            video("vbss.frame-rate.red", "{whose} {network} could not keep the screen sharing smooth", SHARING),
            video("vbss.post-fec-loss.red",
                    "{whose} {network} lost screen sharing that error correction could not repair", SHARING),
            network("audio.jitter.average.yellow", "{whose} {network} was somewhat unstable during the call", STEADY),
            network("audio.jitter.max.yellow", "{whose} {network} was unstable at times during the call", STEADY),
            network("audio.packet-loss.average.yellow", "{whose} {network} lost some of the audio", STEADY),
            network("audio.packet-loss.max.yellow", "{whose} {network} lost audio in bursts", STEADY),
            network("audio.round-trip.average.yellow", "{whose} {network} was slower than calls need", ROUTE),
            network("audio.round-trip.max.yellow", "{whose} {network} was slow at times", ROUTE),
            network("audio.concealed.average.yellow", "{whose} {network} made the audio break up a little", STEADY),
            network("audio.concealed.max.yellow", "{whose} {network} made the audio break up at times", STEADY),
            network("audio.degradation.yellow", "{whose} {network} made the audio sound a little worse", STEADY),
            network("network.received-quality.yellow", "{whose} {network} brought in poor audio for part of the call",
                    STEADY),
            network("network.sent-quality.yellow", "{whose} {network} sent out poor audio for part of the call",
                    STEADY),
            network("network.delay.yellow", "{whose} {network} delayed the audio for part of the call", ROUTE),
            network("network.low-bandwidth.yellow", "{whose} {network} had too little bandwidth for part of the call",
                    BANDWIDTH),
            network("network.wifi-signal.yellow", "{whose} Wi-Fi signal was weak", WIFI),
            network("network.wifi-on-red-stream.yellow", "{whose} Wi-Fi may have made the call worse", WIFI),
            device("device.glitch.yellow", "{whose} computer's sound glitched during the call", GLITCH),
            device("device.clipping.yellow", "{whose} microphone was set too loud, so speech was distorted",
                    CLIPPING),
            device("device.low-speech.yellow", "{whose} voice was too quiet for the microphone", LOW_SPEECH),
            device("device.howling.yellow", "{whose} audio fed back into the call (howling)", HOWLING));

    private AdviceTable() {
    }

    private static Advice network(String ruleId, String headline, String whatToTry) {
        return new Advice(ruleId, NETWORK, headline, whatToTry, NETWORK_PREP);
    }

    private static Advice video(String ruleId, String headline, String whatToTry) {
        return new Advice(ruleId, NETWORK, headline, whatToTry, VIDEO_HELP + "; " + NETWORK_PREP);
    }

    private static Advice device(String ruleId, String headline, String whatToTry) {
        return new Advice(ruleId, DEVICE, headline, whatToTry, TEST_CALL + "; " + CERTIFIED);
    }

    private static Map<String, Advice> byRule(Advice... advice) {
        Map<String, Advice> byRule = new LinkedHashMap<>();
        Stream.of(advice).forEach(a -> byRule.put(a.ruleId(), a));
        return Collections.unmodifiableMap(byRule);
    }
}
