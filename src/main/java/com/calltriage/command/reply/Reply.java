package com.calltriage.command.reply;

/**
 * What the core answers: a view model, never containing unmasked data. The card package renders each kind of
 * reply as its own card (a test fails for a reply type without one); a {@link FileReply} is sent as a file.
 */
public interface Reply {
}
