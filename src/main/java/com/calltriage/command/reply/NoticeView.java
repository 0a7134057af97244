package com.calltriage.command.reply;

/**
 * Something the asker can act on went wrong, such as a call number that is not on the last list.
 *
 * @param title what happened
 * @param text  what to do next
 */
public record NoticeView(String title, String text) implements Reply {
}
