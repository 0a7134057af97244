package com.calltriage.callrecord;

import java.time.Instant;
import java.util.List;

/** A segment of a session: one leg between two endpoints, with its media. */
public record Segment(String id, Instant start, Instant end, Endpoint caller, Endpoint callee,
                      FailureInfo failureInfo, List<Media> media) {
    public Segment {
        media = List.copyOf(media);
    }
}
