package com.calltriage.demo;

import static com.calltriage.demo.GraphNumbers.round;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * What a demo trouble leaves in a call record. The writers own the Graph JSON shape and ask these hooks
 * only for what a trouble changes; every default is what a good call shows, so a trouble overrides just
 * its own symptoms and {@link #NONE} is the good call.
 *
 * <p>Hooks that take the random source draw from it exactly where the writers ask, and only when the
 * value needs a draw: a seed gives the same files only while the draws stay in the same order.
 *
 * <p>Session hooks apply to a whole session; side hooks to the person with the trouble, and stream hooks
 * to what that person received, because Graph reports a stream as its receiver measured it.
 */
interface Symptoms {
    /** A good call: every default. */
    Symptoms NONE = new Symptoms() {
    };

    /** Why Graph says a session failed, as its failureInfo does. */
    record Failure(String stage, String reason) {
    }

    /** The poor rating a person gave after the call: their words and the feedback token Teams offered. */
    record Feedback(String text, String token) {
        static final Feedback ROBOTIC_VOICES =
                new Feedback("Voices kept breaking up & sounded robotic", "DistortedSpeech");
    }

    // Session hooks

    /** How long the session lasted, given how long it was planned to. */
    default Duration length(Duration planned, Random random) {
        return planned;
    }

    default Optional<Failure> failure() {
        return Optional.empty();
    }

    /** False when media never flowed: the segment then has no media lines at all. */
    default boolean mediaFlowed() {
        return true;
    }

    /** False when the clients sent no quality reports: streams then carry no metrics. */
    default boolean qualityDataArrived() {
        return true;
    }

    // Side hooks: the person's endpoint and device

    default Optional<Feedback> feedback() {
        return Optional.empty();
    }

    default double captureNotFunctioningRatio(Random random) {
        return 0.0;
    }

    default double lowSpeechLevelRatio(Random random) {
        return round(random.nextDouble() * 0.02, 4);
    }

    /** In dBFS. */
    default int sentSignalLevel(Random random) {
        return -25 - random.nextInt(10);
    }

    // Side hooks: the person's network

    /** About a third of people are on Wi-Fi on any call. */
    default Connection connection(Random random) {
        return random.nextDouble() < 0.35 ? Connection.WIFI : Connection.WIRED;
    }

    /** Asked only on Wi-Fi; in percent. */
    default int wifiSignalStrength(Random random) {
        return 70 + random.nextInt(25);
    }

    default double receivedQualityEventRatio() {
        return 0.0;
    }

    default double delayEventRatio() {
        return 0.0;
    }

    /** The round trip to the first hop past the local router, before each hop's own variation. */
    default double routeDelayMillis() {
        return 4;
    }

    // Stream hooks: what the person received

    /**
     * The audio as received, given the usual values already drawn. A trouble that spoils audio makes its
     * own metric the one furthest past its limit, so the diagnosis names it as the main cause.
     */
    default AudioQuality receivedAudio(AudioQuality usual, Random random) {
        return usual;
    }

    /** The video or screen sharing as received, at the frame rate it was sent. */
    default VideoQuality receivedVideo(int frameRate, Random random) {
        return VideoQuality.usual(frameRate, random);
    }
}
