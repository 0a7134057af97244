package com.calltriage.quality;

/** The rating of a call, a session or a user's part of a meeting. */
public enum Verdict {
    GOOD("Good"),
    POOR("Poor"),
    /** No quality data arrived for any stream and nothing failed: there is nothing to judge. */
    UNAVAILABLE("Unavailable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
