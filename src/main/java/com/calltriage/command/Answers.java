package com.calltriage.command;

import com.calltriage.command.reply.Reply;

/**
 * What one question gets: the reply shown where it was asked, and, in a shared conversation, the full reply for
 * the asker alone when they may see more than everyone there.
 *
 * @param here      the reply for the conversation it was asked in
 * @param privately the full reply for the asker's personal chat; null when there is none to send
 * @param note      a sentence to show with {@code here} about the private reply (sent, or how to get it); may be null
 */
public record Answers(Reply here, Reply privately, String note) {

    static Answers only(Reply here) {
        return new Answers(here, null, null);
    }
}
