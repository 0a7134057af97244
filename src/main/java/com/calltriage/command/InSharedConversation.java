package com.calltriage.command;

/**
 * What a command answers in a conversation everyone there reads (a group chat, a channel, a meeting chat), where
 * Microsoft's masking table applies to the least of the readers: never more than a specialist sees.
 */
public enum InSharedConversation {
    /** The answer as a specialist sees it; an asker who may see more gets the full answer privately as well. */
    MASKED,
    /** Not answered there at all: every part of it is beyond the specialist view, so it goes to the asker only. */
    PRIVATELY,
    /** The same answer wherever it is asked: it holds nobody's call data. */
    AS_IS
}
