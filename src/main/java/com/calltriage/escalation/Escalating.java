package com.calltriage.escalation;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Caller;
import com.calltriage.access.Masking;
import com.calltriage.access.Role;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.calls.CallLocator;
import com.calltriage.calls.report.AdviceText;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CommandContext;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.conversation.ConversationReference;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.Verdict;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code escalate <call> [for <user>] [: note]}: opens a ticket and queues its card for the escalations channel,
 * in one transaction; and {@code use this channel for escalations}, which names that channel. Each refusal says
 * what to do and changes nothing.
 */
final class Escalating {
    private final CommandContext context;
    private final EscalationSetup setup;
    private final TicketMessages messages;
    private final CallLocator locator;
    private final Clock clock;

    Escalating(CommandContext context, EscalationSetup setup, TicketMessages messages) {
        this.context = context;
        this.setup = setup;
        this.messages = messages;
        this.locator = new CallLocator(context);
        this.clock = context.clock();
    }

    Answer escalate(ParsedCommand command, Asking asking) {
        String tenant = tenantOf(asking);
        Optional<String> note = command.argument("note");
        if (note.isPresent() && note.get().length() > EscalationCommands.MAX_NOTE) {
            return noteTooLong(note.get());
        }
        Optional<String> channel = setup.tickets().channelOf(tenant);
        if (channel.isEmpty()) {
            return refused("No escalations channel is set yet", "A Teams administrator sets it by writing \""
                    + EscalationCommands.USE_CHANNEL.write() + "\" in the team channel where engineers should "
                    + "get escalations (with an @mention of CallTriage). Nothing was escalated.");
        }
        CallLocator.Located located = locator.locate(command, asking.conversationId());
        if (located.call() == null) {
            return located.otherwise();
        }
        CallRecord call = located.call();
        KnownUser subject = located.subject();
        if (located.subjectMissing()) {
            return refused(subject.label() + " was not in that call", "Name someone who took part, or escalate the "
                    + "call as a whole: " + EscalationCommands.ESCALATE.write("call", call.id()) + ".")
                    .about(subject.id()).call(call.id());
        }
        Ticket draft = new Ticket(0, tenant, EscalationState.OPEN, 1, channel.get(), summary(call, subject),
                note.orElse(null), requester(asking.caller()), null, clock.instant(), clock.instant(), null, null);
        Escalations.Opened opened = setup.tickets().open(draft, ticket -> List.of(messages.post(ticket)));
        Ticket ticket = opened.ticket();
        if (!opened.isNew()) {
            return Answer.answered(new NoticeView("That call already has an open escalation: " + ticket.reference(),
                    ticket.requester().label() + " escalated it; it is " + ticket.state().label().toLowerCase()
                            + (ticket.owner() == null ? "" : " by " + ticket.owner().label()) + ". Open it with: "
                            + EscalationCommands.SHOW.write("ticket", ticket.reference()) + ". Nothing new was "
                            + "escalated."))
                    .about(ticket.call().subjectId()).call(call.id()).noting("already open as " + ticket.reference());
        }
        return Answer.answered(TicketMessages.noteView(ticket, "You escalated it. It is being posted in the "
                        + "escalations channel; I will tell you here when an engineer takes it.", ticket.note()))
                .about(ticket.call().subjectId()).call(call.id()).noting("opened " + ticket.reference());
    }

    Answer useChannel(ParsedCommand command, Asking asking) {
        String tenant = tenantOf(asking);
        Optional<ConversationReference> here = asking.conversationId() == null ? Optional.empty()
                : setup.references().find(tenant, ConversationReference.channelOf(asking.conversationId()));
        if (here.isEmpty() || here.get().kind() != ConversationReference.Kind.CHANNEL) {
            return refused("Write this in a team channel", "Escalations go to a team channel, so engineers see "
                    + "them together. Open the channel where they should go, and write \"@CallTriage "
                    + EscalationCommands.USE_CHANNEL.write() + "\" there. Nothing changed.");
        }
        String channel = here.get().conversationId();
        setup.tickets().useChannel(tenant, channel, requester(asking.caller()), clock.instant());
        return Answer.answered(new NoticeView("Escalations come to this channel now", "When a specialist "
                + "escalates a call, I post it here as a new thread with Take, Hand over and Resolve buttons for "
                + "engineers and admins. Tickets opened before stay where they were posted.")).noting(channel);
    }

    /** The call as a specialist sees it, for whom it is looked at, with its main cause in plain words. */
    private Ticket.CallSummary summary(CallRecord call, KnownUser subject) {
        String subjectId = subject == null ? null : subject.id();
        AccessControl access = context.access();
        Masking specialist = access.maskFor(Set.of(Role.SPECIALIST), subjectId);
        CallDiagnosis diagnosis = context.data().diagnoses().diagnosesOf(List.of(call.id())).get(call.id());
        Diagnosis own = diagnosis == null ? null
                : diagnosis.forParticipant(subjectId, call.kind() == CallKind.MEETING);
        Verdict verdict = own == null ? Verdict.UNAVAILABLE : own.verdict();
        String label = subject == null ? null : subject.label();
        String cause = own == null ? null
                : own.mainCause().map(reason -> AdviceText.headline(reason, specialist, label)).orElse(null);
        return new Ticket.CallSummary(call.id(), subjectId, label, subject == null ? null
                : subject.userPrincipalName(), call.start(), call.kind().label(), verdict.label(), cause);
    }

    /** The asker as a ticket names them, with the UPN the store or the directory knows for the chat link. */
    private Ticket.Person requester(Caller caller) {
        String id = caller == null ? null : caller.objectId();
        String upn = id == null ? null : context.data().calls().findUser(id).map(KnownUser::userPrincipalName)
                .orElse(null);
        return new Ticket.Person(id, caller == null ? null : caller.name(), upn);
    }

    private String tenantOf(Asking asking) {
        Caller caller = asking.caller();
        return caller != null && caller.tenantId() != null ? caller.tenantId() : context.access().homeTenantId();
    }

    static Answer noteTooLong(String note) {
        return refused("That note is too long", "A note holds up to " + EscalationCommands.MAX_NOTE
                + " characters; yours has " + note.length() + ". Shorten it and send it again; nothing changed.");
    }

    static Answer refused(String title, String text) {
        return Answer.answered(new NoticeView(title, text)).noting(title);
    }
}
