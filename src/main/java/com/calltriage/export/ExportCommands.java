package com.calltriage.export;

import com.calltriage.access.Role;
import com.calltriage.command.Command;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandSyntax;
import com.calltriage.command.Grammar;
import com.calltriage.command.TimeWindow;
import java.util.List;

/** {@code export calls for <user> [window]}, declared once: how it is read, written, explained and who may use it. */
public final class ExportCommands {
    public static final CommandSyntax EXPORT = CommandSyntax.of("export calls",
            "A user's sessions as a CSV file, sent in personal chat",
            "export\\s+(?:(?:the\\s+)?(?:last|recent)\\s+)?calls" + Grammar.OF_USER,
            "export calls for {user}[ {range}]",
            List.of("export calls for alice", "export calls for alice last 7 days",
                    "export calls for alice from 2026-11-01 to 2026-11-05"),
            Role.CALL_READERS);

    private ExportCommands() {
    }

    public static List<Command> of(CommandContext context) {
        return List.of(EXPORT.handledBy(new ExportHandler(context)::handle));
    }

    /** The command that exports exactly this window of this user's calls, for buttons and consent cards. */
    public static String exactly(String userId, TimeWindow window) {
        return EXPORT.write("user", userId, "range", window.exactly());
    }
}
