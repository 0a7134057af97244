package com.calltriage.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * A call that could not be set up: the clients gave up after some seconds of failed connectivity
 * checks, so no media ever flowed and nobody was asked to rate the call.
 */
final class CallSetupFailure implements Symptoms {

    @Override
    public Duration length(Duration planned, Random random) {
        return Duration.ofSeconds(8 + random.nextInt(20));
    }

    @Override
    public Optional<Failure> failure() {
        return Optional.of(new Failure("callSetup",
                "Ms-diag 21: media connectivity could not be established (ICE failed)"));
    }

    @Override
    public boolean mediaFlowed() {
        return false;
    }
}
