package com.calltriage.calls.report;

import java.time.Instant;
import java.util.List;

/**
 * One session of a call as engineers see it: the session itself, then each side's machine, devices and
 * network. Built only for askers who may see Advanced details; Debug facts only for those who may see them.
 *
 * @param title a line naming the session: who connected to whom
 * @param start when the session started
 * @param end   when it ended; may be null
 * @param facts facts about the session as a whole (its id, media, failure)
 * @param sides the caller's side and the callee's side
 */
public record SessionView(String title, Instant start, Instant end, List<Fact> facts, List<Side> sides) {
    public SessionView {
        facts = List.copyOf(facts);
        sides = List.copyOf(sides);
    }

    /**
     * One side of a session.
     *
     * @param who   the person or service, masked as the asker may see them
     * @param facts machine, client, devices, network, building and, for Debug, DNS suffix, Wi-Fi and MAC
     */
    public record Side(String who, List<Fact> facts) {
        public Side {
            facts = List.copyOf(facts);
        }
    }
}
