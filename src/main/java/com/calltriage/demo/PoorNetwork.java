package com.calltriage.demo;

import java.util.Optional;

/**
 * A trouble on the person's own network. Whatever the network does wrong, the person hears voices break
 * up, and their client counts part of the call as poor received quality.
 */
abstract class PoorNetwork implements Symptoms {

    @Override
    public Optional<Feedback> feedback() {
        return Optional.of(Feedback.ROBOTIC_VOICES);
    }

    @Override
    public double receivedQualityEventRatio() {
        return 0.18;
    }
}
