package com.calltriage.callrecord;

/** Graph's {@code callRecord.type}. */
public enum CallType {
    GROUP_CALL("groupCall"),
    PEER_TO_PEER("peerToPeer"),
    UNKNOWN("unknown");

    private final String graphName;

    CallType(String graphName) {
        this.graphName = graphName;
    }

    public static CallType fromGraph(String value) {
        for (CallType type : values()) {
            if (type.graphName.equalsIgnoreCase(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
