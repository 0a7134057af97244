package com.calltriage.demo;

import java.util.Optional;

/**
 * A call without quality data: the person complained, but no client sent its quality report, so the
 * streams are there without metrics and nothing can be diagnosed from them.
 */
final class NoQualityData implements Symptoms {

    @Override
    public Optional<Feedback> feedback() {
        return Optional.of(Feedback.ROBOTIC_VOICES);
    }

    @Override
    public boolean qualityDataArrived() {
        return false;
    }
}
