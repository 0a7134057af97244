package com.calltriage.escalation;

import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CommandContext;
import com.calltriage.command.ParsedCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code escalations} and {@code escalation E-12}: engineers and admins see every ticket of the tenant, a
 * specialist the ones they escalated.
 */
final class TicketLists {
    static final int MAX_ROWS = 15;

    private final EscalationSetup setup;
    private final CommandContext context;
    private final Clock clock;

    TicketLists(CommandContext context, EscalationSetup setup) {
        this.context = context;
        this.setup = setup;
        this.clock = context.clock();
    }

    Answer list(ParsedCommand command, Asking asking) {
        boolean all = seesAll(asking);
        List<Ticket> open = setup.tickets().list(tenantOf(asking), all ? null : String.valueOf(callerId(asking)), true,
                MAX_ROWS + 1);
        List<TicketListView.Row> rows = open.stream().limit(MAX_ROWS).map(ticket -> new TicketListView.Row(
                ticket.reference(), ticket.state(), Duration.between(ticket.openedAt(), clock.instant()),
                ticket.owner() == null ? null : ticket.owner().label(), ticket.requester().label(),
                TicketMessages.about(ticket), EscalationCommands.SHOW.write("ticket", ticket.reference())))
                .toList();
        return Answer.answered(new TicketListView(all ? "Open escalations" : "Your open escalations", rows,
                Math.max(0, open.size() - MAX_ROWS)));
    }

    Answer show(ParsedCommand command, Asking asking) {
        long number = EscalationCommands.number(command.argument("ticket").orElseThrow());
        Optional<Ticket> found = setup.tickets().find(tenantOf(asking), number)
                .filter(ticket -> seesAll(asking) || ticket.requester().id() != null
                        && ticket.requester().id().equalsIgnoreCase(callerId(asking)));
        if (found.isEmpty()) {
            return Escalating.refused("I can't find " + Ticket.reference(number), seesAll(asking)
                    ? "No escalation has that number. Ask for the open ones with: " + EscalationCommands.LIST.write()
                    + "." : "None of your escalations has that number. Ask for yours with: "
                    + EscalationCommands.LIST.write() + ".");
        }
        Ticket ticket = found.get();
        List<TicketView.HistoryLine> history = setup.tickets().history(ticket.tenantId(), number).stream()
                .map(event -> new TicketView.HistoryLine(event.at(), (event.by() == null ? "CallTriage"
                        : event.by().label()) + " " + event.step().words()
                        + (event.to() == null ? "" : " " + event.to().label()), event.note()))
                .toList();
        return Answer.answered(TicketMessages.view(ticket, history)).about(ticket.call().subjectId())
                .call(ticket.call().callId());
    }

    private static boolean seesAll(Asking asking) {
        return asking.roles().stream().anyMatch(Role.ENGINEERS::contains);
    }

    private static String callerId(Asking asking) {
        return asking.caller() == null ? null : asking.caller().objectId();
    }

    private String tenantOf(Asking asking) {
        Caller caller = asking.caller();
        return caller != null && caller.tenantId() != null ? caller.tenantId() : context.access().homeTenantId();
    }
}
