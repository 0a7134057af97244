package com.calltriage.command;

/** The commands the bot understands. */
public enum CommandName {
    RECENT_CALLS("show last calls"),
    MORE("more"),
    DETAILS("details"),
    DEBUG("debug"),
    EXPORT("export calls"),
    AUDIT("audit"),
    HELP("help");

    private final String label;

    CommandName(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
