package com.calltriage.callrecord;

/**
 * Why a session or segment failed ({@code failureInfo}).
 *
 * @param stage  when it failed
 * @param reason Graph's free-text reason; may be null
 */
public record FailureInfo(Stage stage, String reason) {

    /** Graph's {@code failureStage}. */
    public enum Stage implements GraphName {
        CALL_SETUP("callSetup"),
        MIDCALL("midcall"),
        UNKNOWN("unknown");

        private final String graphName;

        Stage(String graphName) {
            this.graphName = graphName;
        }

        public static Stage fromGraph(String value) {
            return GraphName.parse(Stage.class, value, UNKNOWN);
        }

        @Override
        public String graphName() {
            return graphName;
        }
    }
}
