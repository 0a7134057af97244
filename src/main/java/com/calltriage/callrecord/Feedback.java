package com.calltriage.callrecord;

import java.util.Map;

/**
 * The end-of-call survey a user filled in ({@code userFeedback}).
 *
 * @param rating Graph's rating word: notRated, bad, poor, fair, good, excellent
 * @param text   what the user wrote; may be null
 * @param tokens the problem tokens the user ticked, e.g. {@code DistortedSpeech -> true}
 */
public record Feedback(String rating, String text, Map<String, Boolean> tokens) {
    public Feedback {
        tokens = Map.copyOf(tokens);
    }
}
