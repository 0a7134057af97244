package com.calltriage.callrecord;

/** A kind of media in a call, as Graph names it in {@code modalities}. */
public enum Modality implements GraphName {
    AUDIO("audio", "Audio"),
    VIDEO("video", "Video"),
    VIDEO_BASED_SCREEN_SHARING("videoBasedScreenSharing", "Screen sharing"),
    SCREEN_SHARING("screenSharing", "App sharing"),
    DATA("data", "Data"),
    UNKNOWN("unknown", "Other");

    private final String graphName;
    private final String label;

    Modality(String graphName, String label) {
        this.graphName = graphName;
        this.label = label;
    }

    public static Modality fromGraph(String value) {
        return GraphName.parse(Modality.class, value, UNKNOWN);
    }

    @Override
    public String graphName() {
        return graphName;
    }

    /** The word shown to helpdesk staff. */
    public String label() {
        return label;
    }
}
