package com.calltriage.command.reply;

import java.util.List;

/**
 * Several users match what was typed: the asker picks one.
 *
 * @param term       what was typed
 * @param candidates each with the command that shows that user's calls
 */
public record ChooseUserView(String term, List<Candidate> candidates) implements Reply {
    public ChooseUserView {
        candidates = List.copyOf(candidates);
    }

    /** A user to choose, with the exact command text that picks them. */
    public record Candidate(String displayName, String userPrincipalName, String command) {
    }
}
