package com.calltriage.graph;

import java.time.Duration;

/** Waits between attempts; injected so tests record the waits instead of spending them. */
@FunctionalInterface
interface Sleeper {
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
