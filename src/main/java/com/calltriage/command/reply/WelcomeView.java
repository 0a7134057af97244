package com.calltriage.command.reply;

/**
 * The greeting when the bot is installed or added to a conversation.
 *
 * @param example a command to try first
 */
public record WelcomeView(String example) implements Reply {
}
