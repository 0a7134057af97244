package com.calltriage.callrecord;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A session of a call: one user's connection, between a caller endpoint and a callee endpoint (in
 * meetings the callee is the conferencing service).
 */
public record Session(String id, Instant start, Instant end, Endpoint caller, Endpoint callee,
                      FailureInfo failureInfo, Set<Modality> modalities, Boolean isTest, List<Segment> segments) {
    public Session {
        modalities = Set.copyOf(modalities);
        segments = List.copyOf(segments);
    }
}
