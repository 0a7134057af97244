package com.calltriage.callrecord;

/** The kinds of call that the helpdesk tells apart. */
public enum CallKind {
    ONE_TO_ONE("1:1"),
    PSTN("PSTN"),
    MEETING("Meeting");

    private final String label;

    CallKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
