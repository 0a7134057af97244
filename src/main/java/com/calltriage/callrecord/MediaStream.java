package com.calltriage.callrecord;

import java.time.Instant;

/**
 * One direction of one media stream and its quality metrics.
 *
 * @param streamId         Graph's stream id
 * @param direction        which way the media flowed
 * @param audioCodec       for audio streams; may be null
 * @param videoCodec       for video and screen sharing streams; may be null
 * @param wasMediaBypassed true when media went straight to a gateway; may be null
 * @param start            may be null
 * @param end              may be null
 * @param metrics          the quality metrics; empty when no quality data arrived
 */
public record MediaStream(String streamId, StreamDirection direction, String audioCodec, String videoCodec,
                          Boolean wasMediaBypassed, Instant start, Instant end, Measurements metrics) {

    /** Graph's {@code streamDirection}. */
    public enum StreamDirection implements GraphName {
        CALLER_TO_CALLEE("callerToCallee"),
        CALLEE_TO_CALLER("calleeToCaller"),
        UNKNOWN("");

        private final String graphName;

        StreamDirection(String graphName) {
            this.graphName = graphName;
        }

        public static StreamDirection fromGraph(String value) {
            return GraphName.parse(StreamDirection.class, value, UNKNOWN);
        }

        @Override
        public String graphName() {
            return graphName;
        }
    }

    public boolean hasQualityData() {
        return !metrics.isEmpty();
    }
}
