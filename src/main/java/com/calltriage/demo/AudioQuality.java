package com.calltriage.demo;

import java.util.Random;

/**
 * The audio a receiver measured, before Graph's rounding: averages and peaks of jitter, packet loss and
 * round trip, the share of samples the client had to conceal and how much that degraded the sound.
 */
record AudioQuality(double jitterMillis, double maxJitterMillis, double packetLoss, double maxPacketLoss,
                    double roundTripMillis, double maxRoundTripMillis, double concealedRatio, double degradation) {

    /** What a good call measures: every metric well within its limit. */
    static AudioQuality usual(Random random) {
        double jitter = 2 + random.nextDouble() * 8;
        double maxJitter = jitter + 4 + random.nextDouble() * 10;
        double loss = random.nextDouble() * 0.004;
        double maxLoss = loss + random.nextDouble() * 0.03;
        double rtt = 20 + random.nextDouble() * 60;
        double maxRtt = rtt + 20 + random.nextDouble() * 80;
        double concealed = 0.005 + random.nextDouble() * 0.015;
        double degradation = 0.1 + random.nextDouble() * 0.3;
        return new AudioQuality(jitter, maxJitter, loss, maxLoss, rtt, maxRtt, concealed, degradation);
    }

    AudioQuality withJitter(double average, double max) {
        return new AudioQuality(average, max, packetLoss, maxPacketLoss, roundTripMillis, maxRoundTripMillis,
                concealedRatio, degradation);
    }

    AudioQuality withPacketLoss(double average, double max) {
        return new AudioQuality(jitterMillis, maxJitterMillis, average, max, roundTripMillis, maxRoundTripMillis,
                concealedRatio, degradation);
    }

    AudioQuality withRoundTrip(double average, double max) {
        return new AudioQuality(jitterMillis, maxJitterMillis, packetLoss, maxPacketLoss, average, max,
                concealedRatio, degradation);
    }

    /** How much was concealed and how much worse that made the audio sound. */
    AudioQuality withDegradation(double concealed, double degradation) {
        return new AudioQuality(jitterMillis, maxJitterMillis, packetLoss, maxPacketLoss, roundTripMillis,
                maxRoundTripMillis, concealed, degradation);
    }
}
