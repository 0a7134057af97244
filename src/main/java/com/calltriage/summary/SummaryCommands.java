package com.calltriage.summary;

import com.calltriage.access.Role;
import com.calltriage.command.Command;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandSyntax;
import com.calltriage.command.Grammar;
import com.calltriage.command.InSharedConversation;
import java.util.List;
import java.util.Set;

/**
 * The managers' summaries of call quality: for the tenant or one building, for a window of days, and the card each
 * manager gets every morning, which they can turn off and on. Aggregates only, so engineers and admins may read them
 * too; specialists, who look at one user's calls, may not.
 */
public final class SummaryCommands {
    /** Who may read summaries: managers, engineers and admins. */
    public static final Set<Role> READERS = Set.of(Role.MANAGER, Role.ENGINEER, Role.ADMIN);
    private static final String NOT_A_WINDOW = "(?!(?:today|yesterday|last|past|since|from|off|on)\\b)";

    /** {@code summary}, {@code summary last 7 days}, {@code summary for Redmond B1 from 2026-11-01 to 2026-11-05}. */
    public static final CommandSyntax SUMMARY = CommandSyntax.of("summary",
            "Call quality for managers: poor calls and why, where, and the trend (yesterday unless you say)",
            "(?:show\\s+)?(?:the\\s+)?(?:daily\\s+)?summary(?:\\s+(?:for|of|in)\\s+" + NOT_A_WINDOW
                    + "(?<building>\\S.*?))?(?:\\s+" + Grammar.WINDOW + ")?",
            "summary[ for {building}][ {range}]",
            List.of("summary", "summary today", "summary last 7 days", "summary from 2026-11-01 to 2026-11-05",
                    "summary for Redmond B1", "summary for London Thames House last 7 days"),
            READERS).inSharedConversation(InSharedConversation.PRIVATELY);
    /** {@code summary off} and {@code summary on}: the manager's own morning card. */
    public static final CommandSyntax SWITCH = CommandSyntax.of("summary off",
            "Stop the summary I send you each morning ('summary on' starts it again)",
            "(?:daily\\s+|morning\\s+)?summary\\s+(?<switch>off|on)", "summary {switch}",
            List.of("summary off", "summary on"), Set.of(Role.MANAGER))
            .inSharedConversation(InSharedConversation.AS_IS);

    private SummaryCommands() {
    }

    public static List<Command> of(CommandContext context, Summaries summaries) {
        SummaryHandler handler = new SummaryHandler(context, summaries);
        return List.of(SUMMARY.handledBy(handler::summary), SWITCH.handledBy((command, asking) ->
                handler.morningCard(asking, command.argument("switch").orElseThrow().equalsIgnoreCase("on"))));
    }
}
