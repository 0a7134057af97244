package com.calltriage.escalation;

import com.calltriage.command.reply.Reply;
import java.time.Duration;
import java.util.List;

/**
 * Open tickets: for engineers and admins all of the tenant's, for a specialist their own.
 *
 * @param scope "Open escalations" or "Your open escalations"
 * @param rows  newest first
 * @param more  how many more open tickets there are than shown
 */
public record TicketListView(String scope, List<Row> rows, int more) implements Reply {
    public TicketListView {
        rows = List.copyOf(rows);
    }

    /**
     * @param age         since the ticket was opened
     * @param owner       who has it; null while nobody
     * @param about       the user and the call's main cause, in a few words
     * @param openCommand the command that shows the ticket with its history
     */
    public record Row(String reference, EscalationState state, Duration age, String owner, String requester,
                      String about, String openCommand) {
    }
}
