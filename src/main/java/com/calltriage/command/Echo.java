package com.calltriage.command;

/**
 * What was typed, as an answer may repeat it: a short excerpt, so that a pasted page cannot swell a card past
 * what Teams accepts, nor fill it with somebody else's text.
 */
public final class Echo {
    /** Enough for any alias, UPN, call id or date people type; more is cut with an ellipsis. */
    public static final int MAX_CHARACTERS = 60;

    private Echo() {
    }

    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.strip();
        if (text.codePointCount(0, text.length()) <= MAX_CHARACTERS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CHARACTERS - 1)).stripTrailing() + "…";
    }
}
