package com.calltriage.demo;

import java.util.Random;

/** A high round trip: past the person's own router, the route to Microsoft is slow. */
final class HighRoundTrip extends PoorNetwork {

    @Override
    public double delayEventRatio() {
        return 0.4;
    }

    @Override
    public double routeDelayMillis() {
        return 280;
    }

    @Override
    public AudioQuality receivedAudio(AudioQuality usual, Random random) {
        double roundTrip = 560 + random.nextDouble() * 150;
        return usual.withRoundTrip(roundTrip, roundTrip * 1.6);
    }
}
