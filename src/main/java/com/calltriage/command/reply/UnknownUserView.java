package com.calltriage.command.reply;

import java.util.List;

/**
 * No user matches what was typed.
 *
 * @param term        what was typed
 * @param suggestions close matches, each with the command that picks it; may be empty
 */
public record UnknownUserView(String term, List<ChooseUserView.Candidate> suggestions) implements Reply {
    public UnknownUserView {
        suggestions = List.copyOf(suggestions);
    }
}
