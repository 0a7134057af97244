package com.calltriage.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/** A call that dropped: a third of the way in the client lost its network; the media until then was fine. */
final class DroppedCall implements Symptoms {

    @Override
    public Duration length(Duration planned, Random random) {
        return planned.dividedBy(3).plusSeconds(30);
    }

    @Override
    public Optional<Failure> failure() {
        return Optional.of(new Failure("midcall", "Call dropped: the client lost its network connection"));
    }

    @Override
    public Optional<Feedback> feedback() {
        return Optional.of(new Feedback("Call just ended by itself", "DistortedSpeech"));
    }
}
