package com.calltriage.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Generates the demo tenant's last 30 days of calls: mostly good 1:1 calls, meetings and phone calls,
 * and a realistic minority of each kind of trouble. Deterministic for a tenant, a seed, a "now" and a number of
 * days, so two runs in the same minute give the same calls. A tenant grown past the demo's people makes
 * proportionally more calls a day, so each person's calls stay as many as in the demo.
 *
 * <p>Alice gets a scripted day of calls just before "now" with one call of each trouble, so the first
 * question anyone asks the demo ({@code show last calls for alice}) shows every verdict. The newcomers' calls
 * ({@link NewcomerCalls}) come from a random source of their own, so they leave everyone else's as they were.
 */
public final class DemoCallGenerator {
    public static final long DEFAULT_SEED = 20261121L;
    public static final int DAYS = 30;

    private static final int WEEKDAY_CALLS = 16;
    private static final int WEEKEND_CALLS = 3;

    private static final double TROUBLE_RATE = 0.25;
    private static final DemoTrouble[] TROUBLES = {
        DemoTrouble.WIFI_JITTER, DemoTrouble.VPN_PACKET_LOSS, DemoTrouble.HIGH_ROUND_TRIP,
        DemoTrouble.DEVICE_NOT_FUNCTIONING, DemoTrouble.CALL_SETUP_FAILURE, DemoTrouble.DROPPED_CALL,
        DemoTrouble.NO_QUALITY_DATA
    };

    private final DemoTenant tenant;
    private final long seed;
    private final Random random;
    private final Instant now;
    private final GraphCallWriter writer;
    private final int days;

    /** The last {@link #DAYS} days of calls. */
    public DemoCallGenerator(DemoTenant tenant, long seed, Instant now) {
        this(tenant, seed, now, DAYS);
    }

    /**
     * The last {@code days} days of calls (today's being Alice's scripted ones).
     *
     * @throws IllegalArgumentException when {@code days} is less than 1
     */
    public DemoCallGenerator(DemoTenant tenant, long seed, Instant now, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("The demo needs one day at least, not " + days);
        }
        this.days = days;
        this.tenant = tenant;
        this.seed = seed;
        this.random = new Random(seed);
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
        this.writer = new GraphCallWriter(random);
    }

    /** All calls, oldest first. */
    public List<DemoCall> generate() {
        List<DemoCall> calls = new ArrayList<>();
        generate(calls::addAll);
        return calls;
    }

    /**
     * Hands out the calls of {@link #generate()}, in the same order, a day at a time: oldest day first, each day's
     * calls in start order. About one day of calls is held at a time, so a tenant of any size fits in memory.
     */
    public void generate(Consumer<List<DemoCall>> eachDay) {
        CallsByDay calls = new CallsByDay(eachDay);
        calls.addAll(new NewcomerCalls(tenant, seed, now).generate());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int daysAgo = days - 1; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            calls.handOutBefore(day);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int count = callsADay(weekend ? WEEKEND_CALLS : WEEKDAY_CALLS);
            for (int i = 0; i < count; i++) {
                Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                        .plus(Duration.ofMinutes(7 * 60 + random.nextInt(10 * 60)));
                calls.add(randomCall(start, randomTrouble()));
            }
        }
        // Alice's day draws from the random source after every other day, so it comes last; it spans hours
        // before "now", so it falls on today and, early in the day, on yesterday, which is still open here.
        calls.addAll(alicesDay());
        calls.handOutAll();
    }

    /** The demo's calls a day, grown with the tenant's regulars. */
    private int callsADay(int demoCalls) {
        int demoRegulars = DemoTenant.DEMO_PEOPLE - tenant.newcomers().size();
        return demoCalls * tenant.regulars().size() / demoRegulars;
    }

    private DemoTrouble randomTrouble() {
        return random.nextDouble() < TROUBLE_RATE ? TROUBLES[random.nextInt(TROUBLES.length)] : DemoTrouble.NONE;
    }

    private DemoCall randomCall(Instant start, DemoTrouble trouble) {
        double pick = random.nextDouble();
        DemoPerson caller = anyHomeUser();
        if (pick < 0.5) {
            DemoPerson callee = random.nextDouble() < 0.15 ? anyOf(tenant.partnerUsers()) : otherHomeUser(caller);
            return writer.oneToOne(caller, callee, start, minutes(2, 40), trouble, random.nextBoolean() ? caller : callee,
                    random.nextDouble() < 0.3);
        }
        if (pick < 0.8) {
            List<DemoPerson> guests = meetingGuests(caller);
            DemoPerson troubled = random.nextBoolean() ? caller : guests.get(random.nextInt(guests.size()));
            return writer.meeting(caller, guests, start, minutes(15, 60), trouble,
                    random.nextDouble() < 0.4, random.nextDouble() < 0.3, troubled);
        }
        return writer.pstn(caller, anyOf(DemoTenant.PHONE_NUMBERS), random.nextBoolean(), start, minutes(1, 20),
                trouble);
    }

    /** Alice's calls before "now": each trouble once, with good calls between, newest good. */
    private List<DemoCall> alicesDay() {
        DemoPerson alice = tenant.byAlias("alice");
        DemoPerson bob = tenant.byAlias("bob");
        DemoPerson carol = tenant.byAlias("carol");
        DemoPerson partner = tenant.partnerUsers().get(0);
        List<DemoCall> calls = new ArrayList<>();
        Instant at = now.minus(Duration.ofMinutes(40));
        calls.add(writer.oneToOne(alice, bob, at, Duration.ofMinutes(12), DemoTrouble.NONE, null, false));
        at = at.minus(Duration.ofMinutes(55));
        calls.add(writer.oneToOne(alice, carol, at, Duration.ofMinutes(18), DemoTrouble.WIFI_JITTER, alice, false));
        at = at.minus(Duration.ofMinutes(70));
        calls.add(writer.meeting(carol, List.of(alice, bob, tenant.byAlias("dan"), partner), at, Duration.ofMinutes(45),
                DemoTrouble.VPN_PACKET_LOSS, true, false, alice));
        at = at.minus(Duration.ofMinutes(65));
        calls.add(writer.pstn(alice, DemoTenant.PHONE_NUMBERS.get(0), true, at, Duration.ofMinutes(6),
                DemoTrouble.NONE));
        at = at.minus(Duration.ofMinutes(50));
        calls.add(writer.oneToOne(partner, alice, at, Duration.ofMinutes(25), DemoTrouble.HIGH_ROUND_TRIP, partner,
                true));
        at = at.minus(Duration.ofMinutes(80));
        calls.add(writer.oneToOne(alice, bob, at, Duration.ofMinutes(9), DemoTrouble.DEVICE_NOT_FUNCTIONING, alice,
                false));
        at = at.minus(Duration.ofMinutes(45));
        calls.add(writer.oneToOne(alice, tenant.byAlias("eve"), at, Duration.ofSeconds(20),
                DemoTrouble.CALL_SETUP_FAILURE, alice, false));
        at = at.minus(Duration.ofMinutes(60));
        calls.add(writer.pstn(alice, DemoTenant.PHONE_NUMBERS.get(3), false, at, Duration.ofMinutes(4),
                DemoTrouble.DROPPED_CALL));
        at = at.minus(Duration.ofMinutes(75));
        calls.add(writer.oneToOne(bob, alice, at, Duration.ofMinutes(3), DemoTrouble.NO_QUALITY_DATA, alice, false));
        return calls;
    }

    private Duration minutes(int min, int max) {
        return Duration.ofSeconds(min * 60L + random.nextInt((max - min) * 60));
    }

    private DemoPerson anyHomeUser() {
        return anyOf(tenant.regulars());
    }

    private DemoPerson otherHomeUser(DemoPerson not) {
        DemoPerson other;
        do {
            other = anyHomeUser();
        } while (other.equals(not));
        return other;
    }

    private List<DemoPerson> meetingGuests(DemoPerson organizer) {
        int count = 2 + random.nextInt(6);
        List<DemoPerson> guests = new ArrayList<>();
        while (guests.size() < count) {
            DemoPerson guest = random.nextDouble() < 0.1 ? anyOf(tenant.partnerUsers()) : otherHomeUser(organizer);
            if (!guests.contains(guest)) {
                guests.add(guest);
            }
        }
        return guests;
    }

    private <T> T anyOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
