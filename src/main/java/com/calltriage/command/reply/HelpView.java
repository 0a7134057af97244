package com.calltriage.command.reply;

import java.util.List;

/**
 * The commands the asker may use, each with an example; after text the bot did not understand, that
 * text and the closest command.
 *
 * @param notUnderstood the text that was not understood; null for plain help
 * @param didYouMean    an example of the closest command; null when nothing is close
 * @param commands      what the asker's role may use
 * @param tips          how to name what those commands take: a person, a call, a time window
 */
public record HelpView(String notUnderstood, String didYouMean, List<Entry> commands, List<String> tips)
        implements Reply {
    public HelpView {
        commands = List.copyOf(commands);
        tips = List.copyOf(tips);
    }

    /** A command, what it does, and an example. */
    public record Entry(String name, String summary, String example) {
    }
}
