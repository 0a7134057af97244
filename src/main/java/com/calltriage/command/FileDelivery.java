package com.calltriage.command;

import com.calltriage.command.reply.FileReply;
import java.io.IOException;

/**
 * Where a file the user accepted goes: the bot edge uploads it where Teams said to. A port, so that the
 * dispatcher records where the file went and whether it got there, in one audit entry, after trying.
 */
public interface FileDelivery {
    /** The host the file goes to, as the audit log names it. */
    String destination();

    /**
     * @throws IOException when the file did not arrive, or was refused before anything was sent; the message is
     *                     a short reason for the audit log, such as "answered 307, a redirect, which is not followed"
     */
    void deliver(FileReply file) throws IOException;
}
