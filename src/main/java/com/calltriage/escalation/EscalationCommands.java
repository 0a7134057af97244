package com.calltriage.escalation;

import com.calltriage.access.Role;
import com.calltriage.command.Command;
import com.calltriage.command.CommandContext;
import com.calltriage.command.CommandSyntax;
import com.calltriage.command.InSharedConversation;
import java.util.List;
import java.util.Set;

/**
 * The escalation commands, declared once. Tickets hold only what a specialist may see, so every one of them is
 * answered as it is wherever it is asked: a press of Take in the channel is answered with the channel's card.
 */
public final class EscalationCommands {
    /** The most a note may hold, in characters: a few sentences, not a log. */
    public static final int MAX_NOTE = 500;
    private static final String TICKET = "(?<ticket>(?:E-?)?\\d{1,12})";
    private static final String NOTE = "(?:\\s*:\\s*(?<note>.*))?";

    public static final CommandSyntax ESCALATE = CommandSyntax.of("escalate",
            "Hand a call to the engineers' escalations channel, with a note",
            "escalate\\s+(?:call\\s+)?(?<call>[\\w.-]+)(?:\\s+for\\s+(?<user>[^:]+?))?" + NOTE,
            "escalate {call}[ for {user}][: {note}]",
            List.of("escalate 2", "escalate 2: headset crackles since Monday", "escalate 3 for Alice Wood: drops"),
            Role.CALL_READERS).inSharedConversation(InSharedConversation.AS_IS);
    public static final CommandSyntax USE_CHANNEL = CommandSyntax.of("use this channel for escalations",
            "Post escalations in this team channel (admins, in the channel)",
            "use this channel for escalations", "use this channel for escalations",
            List.of("use this channel for escalations"), Set.of(Role.ADMIN))
            .inSharedConversation(InSharedConversation.AS_IS);
    public static final CommandSyntax LIST = CommandSyntax.of("escalations",
            "Open escalations with state, age and owner (specialists: their own)",
            "(?:show\\s+)?(?:open\\s+|my\\s+)?escalations", "escalations", List.of("escalations"), Role.CALL_READERS)
            .inSharedConversation(InSharedConversation.AS_IS);
    public static final CommandSyntax SHOW = CommandSyntax.of("escalation", "One escalation with its history",
            "(?:show\\s+)?escalation\\s+" + TICKET, "escalation {ticket}", List.of("escalation E-12"),
            Role.CALL_READERS).inSharedConversation(InSharedConversation.AS_IS);
    public static final CommandSyntax TAKE = CommandSyntax.of("take", "Take an escalation: it is yours to solve",
            "take\\s+(?:escalation\\s+)?" + TICKET, "take {ticket}", List.of("take E-12"), Role.ENGINEERS)
            .inSharedConversation(InSharedConversation.AS_IS);
    public static final CommandSyntax HAND = CommandSyntax.of("hand over", "Hand an escalation to another engineer",
            "hand\\s+(?:over\\s+)?(?:escalation\\s+)?" + TICKET + "(?:\\s+(?:over\\s+)?to\\s+(?<engineer>.+))?",
            "hand {ticket}[ to {engineer}]", List.of("hand E-12 to erin"), Role.ENGINEERS)
            .inSharedConversation(InSharedConversation.AS_IS);
    public static final CommandSyntax RESOLVE = CommandSyntax.of("resolve",
            "Resolve an escalation, with an optional note for the requester",
            "resolve\\s+(?:escalation\\s+)?" + TICKET + NOTE, "resolve {ticket}[: {note}]",
            List.of("resolve E-12", "resolve E-12: replaced headset"), Role.ENGINEERS)
            .inSharedConversation(InSharedConversation.AS_IS);

    private EscalationCommands() {
    }

    public static List<Command> of(CommandContext context, EscalationSetup setup) {
        TicketMessages messages = new TicketMessages(setup.writer());
        Escalating escalating = new Escalating(context, setup, messages);
        TicketSteps steps = new TicketSteps(context, setup, messages);
        TicketLists lists = new TicketLists(context, setup);
        return List.of(ESCALATE.handledBy(escalating::escalate), USE_CHANNEL.handledBy(escalating::useChannel),
                LIST.handledBy(lists::list), SHOW.handledBy(lists::show), TAKE.handledBy(steps::take),
                HAND.handledBy(steps::hand), RESOLVE.handledBy(steps::resolve));
    }

    /** The ticket number a command names: "E-12", "e12" and "12" are all 12. */
    static long number(String ticket) {
        return Long.parseLong(ticket.replaceAll("(?i)^E-?", ""));
    }
}
