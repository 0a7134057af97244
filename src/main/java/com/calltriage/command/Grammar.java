package com.calltriage.command;

/** Parts of command grammars that several features share, so that every command reads a user and a window alike. */
public final class Grammar {
    /** A window as people say it: "last 7 days", "from 2026-11-01 to 2026-11-05"; read by {@link TimeWindow}. */
    public static final String WINDOW = "(?<range>(?:today|yesterday|last|past|since|from)\\b.*)";
    /** A user and an optional window after the word calls: "for alice last 7 days". */
    public static final String OF_USER = "(?:\\s+(?:for|of|by))?\\s+(?<user>(?!(?:for|of|by)$)\\S.*?)"
            + "(?:\\s+" + WINDOW + ")?";
    /** A user after the word for, in as many words as their name takes: "for Quinn Harlow". */
    public static final String FOR_USER = "\\s+for\\s+(?<user>\\S.*?)";

    private Grammar() {
    }
}
