package com.calltriage.demo;

import java.util.Optional;
import java.util.Random;

/**
 * A microphone that stopped working: the client reports the capture device failing and sends near
 * silence, so the others hear nothing from this person. The network is fine.
 */
final class DeviceNotFunctioning implements Symptoms {

    @Override
    public Optional<Feedback> feedback() {
        return Optional.of(new Feedback("They said they couldn't hear me at all", "NoSpeechOutgoing"));
    }

    @Override
    public double captureNotFunctioningRatio(Random random) {
        return 0.02 + random.nextDouble() * 0.05;
    }

    @Override
    public double lowSpeechLevelRatio(Random random) {
        return 0.9;
    }

    @Override
    public int sentSignalLevel(Random random) {
        return -90;
    }
}
