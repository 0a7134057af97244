package com.calltriage.callrecord;

/** Graph's {@code callRecord.type}. */
public enum CallType implements GraphName {
    GROUP_CALL("groupCall"),
    PEER_TO_PEER("peerToPeer"),
    UNKNOWN("unknown");

    private final String graphName;

    CallType(String graphName) {
        this.graphName = graphName;
    }

    public static CallType fromGraph(String value) {
        return GraphName.parse(CallType.class, value, UNKNOWN);
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
