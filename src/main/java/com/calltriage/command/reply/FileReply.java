package com.calltriage.command.reply;

/**
 * A reply that reaches the user as a file they accept, not as a card. The offer carries {@link #command()}, not
 * the file, so whoever receives the acceptance asks the core again and the access check runs once more.
 */
public interface FileReply extends Reply {
    /** A name that says whose data and when. */
    String fileName();

    /** What the file holds, in a sentence for the offer. */
    String description();

    /** The command that makes exactly this file again. */
    String command();

    String contentType();

    byte[] content();
}
