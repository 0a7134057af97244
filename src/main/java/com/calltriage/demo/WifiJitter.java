package com.calltriage.demo;

import java.util.Random;

/** Jitter on a weak Wi-Fi: the person is on Wi-Fi with a poor signal and what they hear arrives unevenly. */
final class WifiJitter extends PoorNetwork {

    @Override
    public Connection connection(Random random) {
        return Connection.WIFI;
    }

    @Override
    public int wifiSignalStrength(Random random) {
        return 28 + random.nextInt(12);
    }

    /** Jitter far past its limit, with some loss from the late packets the client gave up on. */
    @Override
    public AudioQuality receivedAudio(AudioQuality usual, Random random) {
        double jitter = 45 + random.nextDouble() * 20;
        return usual.withJitter(jitter, jitter * 2.5)
                .withPacketLoss(0.02 + random.nextDouble() * 0.02, 0.08)
                .withDegradation(0.05, 1.2);
    }
}
