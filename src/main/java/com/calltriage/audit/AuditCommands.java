package com.calltriage.audit;

import com.calltriage.access.Role;
import com.calltriage.command.Command;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandSyntax;
import com.calltriage.command.Grammar;
import com.calltriage.command.InSharedConversation;
import java.util.List;
import java.util.Set;

/** {@code audit [for <user>] [by <asker>] [window]}, declared once: read, written, explained, for admins only. */
public final class AuditCommands {
    public static final CommandSyntax AUDIT = CommandSyntax.of("audit", "Who asked what about whom, newest first",
            "audit(?:\\s+(?:for|about)\\s+(?<user>.+?))?(?:\\s+by\\s+(?<by>.+?))?(?:\\s+" + Grammar.WINDOW + ")?",
            "audit[ for {user}][ by {by}][ {range}]",
            List.of("audit for alice", "audit by sam last 7 days", "audit from 2026-11-01 to 2026-11-05"),
            Set.of(Role.ADMIN)).inSharedConversation(InSharedConversation.PRIVATELY);

    private AuditCommands() {
    }

    public static List<Command> of(CommandContext context) {
        AuditHandler handler = new AuditHandler(context);
        return List.of(AUDIT.handledBy((command, asking) -> handler.handle(command, asking.timeZone())));
    }
}
