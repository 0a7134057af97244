package com.calltriage.catalog;

import com.calltriage.audit.AuditCommands;
import com.calltriage.calls.CallCommands;
import com.calltriage.command.Command;
import com.calltriage.command.CommandCatalog;
import com.calltriage.command.CommandContext;
import com.calltriage.escalation.EscalationCommands;
import com.calltriage.escalation.EscalationSetup;
import com.calltriage.export.ExportCommands;
import com.calltriage.summary.Summaries;
import com.calltriage.summary.SummaryCommands;
import java.util.List;
import java.util.stream.Stream;

/**
 * What each feature contributes, one line a feature, in the order help lists them; {@code help} itself comes
 * last. A new feature is a package of its own with its commands, and a line here.
 */
public final class Catalog {
    private Catalog() {
    }

    /**
     * @param escalations the tickets and what escalation needs besides the context
     * @param summaries   the quality totals the summary commands read, and when the morning card goes out
     */
    public static CommandCatalog of(CommandContext context, EscalationSetup escalations, Summaries summaries) {
        return new CommandCatalog(Stream.of(
                CallCommands.of(context),
                ExportCommands.of(context),
                EscalationCommands.of(context, escalations),
                AuditCommands.of(context),
                SummaryCommands.of(context, summaries)
        ).flatMap(List<Command>::stream).toList());
    }
}
