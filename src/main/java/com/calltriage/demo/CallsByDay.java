package com.calltriage.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Generated calls waiting for their day to be complete. A day is handed out once the generator says no more calls
 * fall on it, its calls in start order (then id), so only the days still open are held, never the whole tenant.
 */
final class CallsByDay {
    private static final Comparator<DemoCall> IN_START_ORDER =
            Comparator.comparing(DemoCall::start).thenComparing(DemoCall::id);

    private final TreeMap<LocalDate, List<DemoCall>> open = new TreeMap<>();
    private final Consumer<List<DemoCall>> eachDay;

    CallsByDay(Consumer<List<DemoCall>> eachDay) {
        this.eachDay = eachDay;
    }

    void add(DemoCall call) {
        open.computeIfAbsent(LocalDate.ofInstant(call.start(), ZoneOffset.UTC), day -> new ArrayList<>()).add(call);
    }

    void addAll(Collection<DemoCall> calls) {
        calls.forEach(this::add);
    }

    /** Hands out every day before {@code day}, oldest first: no call to come may fall on them. */
    void handOutBefore(LocalDate day) {
        while (!open.isEmpty() && open.firstKey().isBefore(day)) {
            List<DemoCall> calls = open.pollFirstEntry().getValue();
            calls.sort(IN_START_ORDER);
            eachDay.accept(calls);
        }
    }

    /** Hands out every day still open, oldest first. */
    void handOutAll() {
        handOutBefore(LocalDate.MAX);
    }
}
