package com.calltriage.quality;

/**
 * What kind of trouble a reason describes, in the order a main cause is chosen: a call that could
 * not be set up or dropped explains everything after it, a broken device explains bad audio, and only
 * then does the network come in.
 */
public enum Cause {
    CALL_SETUP("Call setup failed"),
    DROPPED("Call dropped"),
    DEVICE("Device"),
    NETWORK("Network"),
    VIDEO("Video"),
    SCREEN_SHARING("Screen sharing"),
    APP_SHARING("App sharing");

    private final String label;

    Cause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
