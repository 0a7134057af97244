package com.calltriage.calls;

import com.calltriage.access.Role;
import com.calltriage.callrecord.GraphRetention;
import com.calltriage.command.Command;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandSyntax;
import com.calltriage.command.Grammar;
import com.calltriage.command.InSharedConversation;
import java.util.List;

/**
 * The commands about a user's calls: the list, its next page, one call's details and, for engineers, everything
 * about it. Each is declared once here: how it is read, written, explained and who may use it.
 */
public final class CallCommands {
    private static final String CALL = "(?:call\\s+)?(?<call>[\\w.:-]+)(?:" + Grammar.FOR_USER + ")?";

    public static final CommandSyntax LIST = CommandSyntax.of("show last calls",
            "A user's calls and meetings of the last " + GraphRetention.PERIOD.toDays() + " days",
            "(?:show\\s+)?(?:(?:the\\s+)?(?:last|recent)\\s+(?:(?<count>\\d{1,2})\\s+)?)?calls" + Grammar.OF_USER,
            "show last calls for {user}[ {range}]",
            List.of("show last calls for alice", "last 5 calls for alice@contoso.com", "show calls for Alice Wood",
                    "calls for alice last 7 days", "calls for alice from 2026-11-01 to 2026-11-05"),
            Role.CALL_READERS);
    public static final CommandSyntax MORE = CommandSyntax.of("more",
            "The next, older page of the last list of calls",
            "more|(?:show\\s+)?older calls|next page", "more", List.of("more"), Role.CALL_READERS);
    public static final CommandSyntax DETAILS = CommandSyntax.of("details",
            "Why one call went wrong: every reason, with values and limits",
            "(?:show\\s+)?details\\s+(?:(?:of|for)\\s+)?" + CALL, "details {call}[ for {user}]",
            List.of("details 1", "details 3", "details 3 for Alice Wood"), Role.CALL_READERS);
    public static final CommandSyntax DEBUG = CommandSyntax.of("debug",
            "Everything about one call: machines, networks, buildings, Wi-Fi",
            "debug\\s+(?:(?:of|for)\\s+)?" + CALL, "debug {call}[ for {user}]",
            List.of("debug 1", "debug 1 for Alice Wood"), Role.ENGINEERS)
            .inSharedConversation(InSharedConversation.PRIVATELY);

    private CallCommands() {
    }

    /** The commands with their handlers, sharing the context's memory of the lists shown. */
    public static List<Command> of(CommandContext context) {
        RecentCallsHandler lists = new RecentCallsHandler(context);
        CallHandler calls = new CallHandler(context);
        return List.of(LIST.handledBy(lists::handle), MORE.handledBy((command, asking) -> lists.more(asking)),
                DETAILS.handledBy(calls::details), DEBUG.handledBy(calls::debug));
    }
}
