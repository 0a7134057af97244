package com.calltriage.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what the bot sends on its own within Teams' limits for one conversation, on this replica: Microsoft's
 * published limits per bot per thread are 7 messages in any second, 8 in any 2 seconds, 60 in any 30 seconds and
 * 1,800 in any hour. After Teams throttled a conversation, it also tells how long Teams asked for quiet there.
 *
 * <p>The limits are windows, so the pace remembers when it last sent to each conversation and tells how long the next
 * send waits for the oldest of them to leave its window. A token bucket (such as Bucket4j's) would let a full
 * bucket go at the end of one second and the refilled one at the start of the next: twice the limit in a second.
 */
final class ConversationPace {
    /** At most {@code sends} in any window of this {@code length}. */
    record Window(int sends, Duration length) {
    }

    static final List<Window> TEAMS_PER_THREAD = List.of(new Window(7, Duration.ofSeconds(1)),
            new Window(8, Duration.ofSeconds(2)), new Window(60, Duration.ofSeconds(30)),
            new Window(1800, Duration.ofHours(1)));

    private final List<Window> windows;
    private final Duration longest;
    private final int mostSends;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();
    private final Map<String, Instant> heldUntil = new HashMap<>();
    private Instant sweptAt = Instant.MIN;

    ConversationPace(List<Window> windows) {
        this.windows = List.copyOf(windows);
        this.longest = windows.stream().map(Window::length).max(Duration::compareTo).orElse(Duration.ZERO);
        this.mostSends = windows.stream().mapToInt(Window::sends).max().orElse(0);
    }

    /**
     * How long from {@code now} a send to the conversation must wait to stay within the windows; zero when it may go
     * at once.
     */
    synchronized Duration waitBefore(String conversationId, Instant now) {
        sweep(now);
        Instant earliest = now;
        Deque<Instant> times = sent.getOrDefault(conversationId, new ArrayDeque<>());
        for (Window window : windows) {
            // The next send may go once the window-th latest send has left the window.
            if (times.size() >= window.sends()) {
                Instant leaves = nthLatest(times, window.sends()).plus(window.length());
                earliest = leaves.isAfter(earliest) ? leaves : earliest;
            }
        }
        return earliest.isAfter(now) ? Duration.between(now, earliest) : Duration.ZERO;
    }

    /** A request went to the conversation: Teams counts it, answered or not. */
    synchronized void sent(String conversationId, Instant at) {
        Deque<Instant> times = sent.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        times.addLast(at);
        while (times.size() > mostSends) {
            times.removeFirst();
        }
    }

    /** Teams throttled the conversation: nothing goes there before {@code until}. */
    synchronized void holdBack(String conversationId, Instant until) {
        heldUntil.merge(conversationId, until, (known, later) -> later.isAfter(known) ? later : known);
    }

    /** Until when Teams asked for quiet in the conversation; empty when it did not, or that is over. */
    synchronized Optional<Instant> heldBackAt(String conversationId, Instant now) {
        return Optional.ofNullable(heldUntil.get(conversationId)).filter(until -> until.isAfter(now));
    }

    private static Instant nthLatest(Deque<Instant> times, int n) {
        Iterator<Instant> latestFirst = times.descendingIterator();
        Instant time = null;
        for (int i = 0; i < n; i++) {
            time = latestFirst.next();
        }
        return time;
    }

    /** Forgets what no window reaches any more, once per longest window, so idle conversations take no memory. */
    private void sweep(Instant now) {
        if (!now.isAfter(sweptAt.plus(longest))) {
            return;
        }
        sweptAt = now;
        Instant horizon = now.minus(longest);
        sent.values().forEach(times -> times.removeIf(time -> !time.isAfter(horizon)));
        sent.values().removeIf(Deque::isEmpty);
        heldUntil.values().removeIf(until -> !until.isAfter(now));
    }
}
