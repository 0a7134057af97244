package com.calltriage.conversation;

/**
 * Who can read an answer where it was asked. Microsoft's masking table is about who reads the data: in a personal
 * chat that is the asker; in a group chat, a channel or a meeting chat it is everyone there, whatever their role.
 */
public enum Audience {
    /** A one-to-one chat with the bot: the asker alone reads the answer. */
    ASKER,
    /** A group chat, a team channel or a meeting chat: anyone in it reads the answer. */
    SHARED;

    /** From Teams' {@code conversation.conversationType}: {@code personal}, {@code groupChat} or {@code channel}. */
    public static Audience ofConversationType(String conversationType) {
        return conversationType == null || conversationType.equals("personal") ? ASKER : SHARED;
    }

    public boolean isShared() {
        return this == SHARED;
    }
}
