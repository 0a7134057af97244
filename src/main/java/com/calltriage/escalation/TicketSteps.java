package com.calltriage.escalation;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Admission;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CommandContext;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.UserResolver;
import com.calltriage.escalation.EscalationState.Step;
import com.calltriage.conversation.OutgoingMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Take, hand over and resolve, for engineers and admins (the dispatcher checks the role of every press). A step is
 * written over the version it was made from, with the card's update for the channel and the requester's note in
 * the same transaction; a step that no longer applies (a second Take, a retried press, a Resolve on a resolved
 * ticket) is answered with where the ticket stands, and changes nothing.
 */
final class TicketSteps {
    /** A step lost to another replica's is tried again on the ticket as it then is, this many times. */
    private static final int TRIES = 3;

    private final EscalationSetup setup;
    private final TicketMessages messages;
    private final AccessControl access;
    private final UserResolver users;
    private final Clock clock;

    TicketSteps(CommandContext context, EscalationSetup setup, TicketMessages messages) {
        this.setup = setup;
        this.messages = messages;
        this.access = context.access();
        this.users = context.users();
        this.clock = context.clock();
    }

    Answer take(ParsedCommand command, Asking asking) {
        Ticket.Person presser = presser(asking);
        return step(command, asking, Step.TAKEN, ticket -> {
            if (ticket.owner() != null && ticket.owner().is(presser) && ticket.state().isOpen()) {
                return Optional.of(Escalating.refused("You already have " + ticket.reference(),
                        "It is yours since you took it; nothing changed."));
            }
            return Optional.empty();
        }, ticket -> new Change(ticket.after(EscalationState.TAKEN, presser, clock.instant()),
                new TicketEvent(ticket.number(), clock.instant(), Step.TAKEN, presser, null, null),
                presser.label() + " took it"));
    }

    Answer hand(ParsedCommand command, Asking asking) {
        Ticket.Person presser = presser(asking);
        Optional<String> named = command.argument("engineer");
        String reference = Ticket.reference(EscalationCommands.number(command.argument("ticket").orElseThrow()));
        if (named.isEmpty()) {
            return Escalating.refused("To whom?", "Name the engineer who takes " + reference + " over, such as: "
                    + EscalationCommands.HAND.write("ticket", reference, "engineer", "erin") + ".");
        }
        UserResolver.Lookup found = users.find(named.get(),
                user -> EscalationCommands.HAND.write("ticket", reference, "engineer", user));
        if (!found.found()) {
            return found.otherwise();
        }
        KnownUser engineer = found.person();
        Ticket.Person to = new Ticket.Person(engineer.id(), engineer.displayName(), engineer.userPrincipalName());
        if (!takesEscalations(engineer, tenantOf(asking))) {
            return Escalating.refused(to.label() + " cannot take escalations", "Only Teams Communications "
                    + "Support Engineers and Teams Administrators take escalations, and " + to.label()
                    + " is neither. Nothing changed.");
        }
        return step(command, asking, Step.HANDED_OVER, ticket -> ticket.owner() != null && ticket.owner().is(to)
                        ? Optional.of(Escalating.refused(to.label() + " already has " + ticket.reference(),
                        "Nothing changed.")) : Optional.empty(),
                ticket -> new Change(ticket.after(EscalationState.TAKEN, to, clock.instant()),
                        new TicketEvent(ticket.number(), clock.instant(), Step.HANDED_OVER, presser, to, null),
                        presser.label() + " handed it to " + to.label()));
    }

    Answer resolve(ParsedCommand command, Asking asking) {
        Ticket.Person presser = presser(asking);
        Optional<String> note = command.argument("note");
        if (note.isPresent() && note.get().length() > EscalationCommands.MAX_NOTE) {
            return Escalating.noteTooLong(note.get());
        }
        return step(command, asking, Step.RESOLVED, ticket -> Optional.empty(),
                ticket -> new Change(ticket.resolved(presser, note.orElse(null), clock.instant()),
                        new TicketEvent(ticket.number(), clock.instant(), Step.RESOLVED, presser, null,
                                note.orElse(null)),
                        presser.label() + " resolved it"));
    }

    /** A step's result before it is written: the ticket after it, its history line, and what the requester reads. */
    private record Change(Ticket after, TicketEvent event, String what) {
    }

    private interface Check {
        Optional<Answer> refusal(Ticket ticket);
    }

    private interface Making {
        Change of(Ticket ticket);
    }

    private Answer step(ParsedCommand command, Asking asking, Step step, Check check, Making making) {
        String tenant = tenantOf(asking);
        long number = EscalationCommands.number(command.argument("ticket").orElseThrow());
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Optional<Ticket> found = setup.tickets().find(tenant, number);
            if (found.isEmpty()) {
                return unknown(number);
            }
            Ticket ticket = found.get();
            Optional<Answer> refusal = check.refusal(ticket);
            if (refusal.isPresent()) {
                return refusal.get().call(ticket.call().callId());
            }
            if (ticket.state().after(step).isEmpty()) {
                return doesNotApply(ticket, step).call(ticket.call().callId());
            }
            Change change = making.of(ticket);
            List<OutgoingMessage> queued = new ArrayList<>(messages.cardUpdate(change.after()));
            queued.add(messages.note(change.after(), change.what(), change.event().note()));
            if (setup.tickets().change(change.after(), change.event(), queued)) {
                return Answer.answered(TicketMessages.view(change.after(), List.of()))
                        .about(ticket.call().subjectId()).call(ticket.call().callId())
                        .noting(ticket.reference() + " " + change.after().state().label().toLowerCase());
            }
        }
        return Escalating.refused("That escalation is changing right now", "Someone else changed it at the same "
                + "moment. Look at it again with " + EscalationCommands.SHOW.write("ticket", Ticket.reference(number))
                + "; nothing changed.");
    }

    /** Why a step does not apply where the ticket stands: who has it, or that it is resolved. */
    private static Answer doesNotApply(Ticket ticket, Step step) {
        if (ticket.state() == EscalationState.RESOLVED) {
            return Escalating.refused(ticket.reference() + " is already resolved", (ticket.owner() == null ? ""
                    : "It was resolved with " + ticket.owner().label() + " as owner. ") + "Nothing changed. If the "
                    + "problem is back, escalate the call again.");
        }
        return Escalating.refused(ticket.owner().label() + " has " + ticket.reference(), "Only one engineer owns an "
                + "escalation. Ask " + ticket.owner().label() + " to hand it over, or they write: "
                + EscalationCommands.HAND.write("ticket", ticket.reference(), "engineer", "<you>")
                + ". Nothing changed.");
    }

    private static Answer unknown(long number) {
        return Escalating.refused("I can't find " + Ticket.reference(number), "No escalation has that number. "
                + "Ask for the open ones with: " + EscalationCommands.LIST.write() + ".");
    }

    private boolean takesEscalations(KnownUser person, String tenant) {
        Admission admission = access.admit(new Caller(person.id(), person.displayName(), tenant));
        return admission instanceof Admission.Admitted admitted
                && admitted.roles().stream().anyMatch(Role.ENGINEERS::contains);
    }

    private static Ticket.Person presser(Asking asking) {
        Caller caller = asking.caller();
        return new Ticket.Person(caller == null ? null : caller.objectId(), caller == null ? null : caller.name(),
                null);
    }

    private String tenantOf(Asking asking) {
        Caller caller = asking.caller();
        return caller != null && caller.tenantId() != null ? caller.tenantId() : access.homeTenantId();
    }
}
