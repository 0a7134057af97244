package com.calltriage.calls.report;

/**
 * The sub-tabs the Session details report shows for each session, in its order; the debug card folds each
 * open on its own. A session shows only the tabs it has data for.
 */
public enum SessionTab {
    SESSION("Session"),
    MEDIA_LINES("Media lines"),
    AUDIO_STREAMS("Audio streams"),
    AUDIO_CLIENT_EVENTS("Audio client events"),
    AUDIO_SIGNALS("Audio signals"),
    APP_SHARING_STREAMS("App sharing streams"),
    VIDEO_CLIENT_EVENTS("Video client events"),
    VIDEO_STREAMS("Video streams"),
    TRACEROUTES("Traceroutes"),
    FEEDBACK("Feedback");

    private final String label;

    SessionTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
