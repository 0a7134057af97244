package com.calltriage.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The calls of the demo's newcomers, the people with {@code first.last} UPNs, in the week before "now": with
 * each other, in a meeting of their own and with phones, one of them troubled by Wi-Fi and one dropped. Drawn
 * from a random source of their own, so that adding them changed no other call of the demo.
 */
final class NewcomerCalls {
    /** Mixed into the demo's seed, so the newcomers' draws never repeat the others'. */
    private static final long OWN_SOURCE = 0x6e65776c79L;

    private final DemoPerson quinn;
    private final DemoPerson nora;
    private final GraphCallWriter writer;
    private final Instant now;

    NewcomerCalls(DemoTenant tenant, long seed, Instant now) {
        this.quinn = tenant.byAlias("quinn.harlow");
        this.nora = tenant.byAlias("nora.whitfield");
        this.writer = new GraphCallWriter(new Random(seed ^ OWN_SOURCE));
        this.now = now;
    }

    /** Newest first. */
    List<DemoCall> generate() {
        return List.of(
                writer.oneToOne(nora, quinn, daysAgo(1, 10), Duration.ofMinutes(14), DemoTrouble.NONE, null, true),
                writer.oneToOne(quinn, nora, daysAgo(2, 9), Duration.ofMinutes(21), DemoTrouble.WIFI_JITTER, quinn,
                        false),
                writer.meeting(nora, List.of(quinn), daysAgo(3, 14), Duration.ofMinutes(30), DemoTrouble.NONE,
                        true, true, null),
                writer.pstn(quinn, DemoTenant.PHONE_NUMBERS.get(1), true, daysAgo(4, 11), Duration.ofMinutes(7),
                        DemoTrouble.NONE),
                writer.pstn(nora, DemoTenant.PHONE_NUMBERS.get(2), false, daysAgo(5, 16), Duration.ofMinutes(9),
                        DemoTrouble.DROPPED_CALL),
                writer.oneToOne(quinn, nora, daysAgo(6, 15), Duration.ofMinutes(5), DemoTrouble.NONE, null, false));
    }

    /** An hour (UTC) of the day some days before "now". */
    private Instant daysAgo(int days, int hour) {
        return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(hour));
    }
}
