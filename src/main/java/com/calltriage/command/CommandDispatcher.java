package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Admission;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.Caller;
import com.calltriage.access.Role;
import com.calltriage.command.reply.AccessRefusedView;
import com.calltriage.command.reply.FileReply;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.command.reply.WelcomeView;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The core's front door: one question in, one view model out. Admits the asker first and fails closed,
 * then parses the message against the command declarations, checks the command's roles (the only place they
 * are decided), runs the command's handler, and records the question and its outcome in the audit log,
 * whatever happened.
 *
 * <p>In a shared conversation everyone there reads the answer, so the handler runs with the view a specialist
 * has; when the asker may see more, it runs again with their own roles for a reply that goes to them alone, and
 * the one audit entry records that fuller answer. Commands declared {@link InSharedConversation#PRIVATELY} are
 * not answered in the shared conversation at all.
 */
public final class CommandDispatcher {
    /** Far more than any command needs; a longer message is a paste, answered without being read. */
    public static final int MAX_QUESTION_CHARACTERS = 2_000;

    private final CommandCatalog catalog;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    public CommandDispatcher(CommandCatalog catalog, CommandContext context) {
        this.catalog = catalog;
        this.access = context.access();
        this.audit = context.audit();
        this.clock = context.clock();
    }

    /** The reply for where the question was asked; in a shared conversation, see {@link #answerAll}. */
    public Reply answer(ChatRequest request) {
        return answerAll(request).here();
    }

    /** The reply for where the question was asked and, in a shared conversation, the asker's private one. */
    public Answers answerAll(ChatRequest request) {
        return respond(request, answer -> answer);
    }

    /**
     * Answers a question whose answer may be a file the user already accepted: the file goes out through
     * {@code delivery}, and the one audit entry says where it went and whether it arrived.
     *
     * @return the file when it was delivered; a notice saying it was not and to ask again when it failed; any
     *         other reply (a refusal, say) as {@link #answer(ChatRequest)} gives it
     */
    public Reply answer(ChatRequest request, FileDelivery delivery) {
        return respond(request, answer -> delivered(answer, delivery)).here();
    }

    private Answers respond(ChatRequest request, UnaryOperator<Answer> finish) {
        Admission admission = access.admit(request.caller());
        if (admission instanceof Admission.Refused refused) {
            AccessRefusedView view = new AccessRefusedView(refused.why(), grantingRoles(refused.grantingRoles()));
            record(request, null, Answer.refused(view, refused.why()));
            return Answers.only(view);
        }
        Set<Role> roles = ((Admission.Admitted) admission).roles();
        Role highest = ((Admission.Admitted) admission).highestRole();
        Shared answer;
        try {
            answer = decide(request, roles);
            answer = new Shared(finish.apply(answer.here()), answer.privately(), answer.note());
        } catch (UnclearQuestionException e) {
            answer = Shared.only(new Answer(e.notice(), null, null, AuditEntry.Outcome.NOT_UNDERSTOOD,
                    e.getMessage()));
        } catch (RuntimeException e) {
            record(request, highest, new Answer(null, null, null, AuditEntry.Outcome.FAILED, e.toString()));
            throw e;
        }
        record(request, highest, answer.privately() != null ? answer.privately().noting(
                (answer.privately().detail() == null ? "" : answer.privately().detail() + "; ")
                        + "full answer sent privately") : answer.here());
        return new Answers(answer.here().reply(),
                answer.privately() == null ? null : answer.privately().reply(), answer.note());
    }

    /** The answer where it was asked, the asker's private one (or null), and the sentence that tells of it. */
    private record Shared(Answer here, Answer privately, String note) {
        static Shared only(Answer here) {
            return new Shared(here, null, null);
        }
    }

    private Shared decide(ChatRequest request, Set<Role> roles) {
        if (request.text() != null && request.text().length() > MAX_QUESTION_CHARACTERS) {
            return Shared.only(new Answer(new NoticeView("That message is too long for me",
                    String.format("I read questions of up to %,d characters. Ask one thing at a time, for example: %s",
                            MAX_QUESTION_CHARACTERS, catalog.syntaxes().get(0).examples().get(0))),
                    null, null, AuditEntry.Outcome.NOT_UNDERSTOOD, request.text().length() + " characters"));
        }
        Optional<ParsedCommand> parsed = catalog.parse(request.text());
        if (parsed.isEmpty()) {
            return Shared.only(new Answer(catalog.help(Echo.of(CommandCatalog.normalize(request.text())),
                    catalog.closestExample(request.text(), roles).orElse(null), roles),
                    null, null, AuditEntry.Outcome.NOT_UNDERSTOOD, null));
        }
        ParsedCommand command = parsed.get();
        CommandSyntax syntax = command.syntax();
        if (!syntax.allows(roles)) {
            return Shared.only(refusal(syntax));
        }
        if (!request.audience().isShared() || syntax.inSharedConversation() == InSharedConversation.AS_IS) {
            return Shared.only(handle(command, roles, request.conversationId(), request.personalChat(),
                    request.timeZone(), request.caller()));
        }
        return inSharedConversation(request, command, roles);
    }

    /**
     * The answer everyone in the conversation may read, and the asker's own when it shows more. A private answer
     * is run in the asker's personal chat, so that its list numbers and buttons work there.
     */
    private Shared inSharedConversation(ChatRequest request, ParsedCommand command, Set<Role> roles) {
        String privately = request.privateConversationId();
        if (command.syntax().inSharedConversation() == InSharedConversation.PRIVATELY) {
            if (privately == null) {
                return Shared.only(Answer.answered(new NoticeView("I answer '" + command.syntax().name()
                        + "' in personal chat only", "Everyone here would read it. " + Messages.askInPersonalChat()))
                        .noting("asked in a shared conversation"));
            }
            Answer full = handle(command, roles, privately, false, request.timeZone(), request.caller());
            return new Shared(new Answer(new NoticeView("Sent to you privately", "Everyone here would read '"
                    + command.syntax().name() + "', so I answered in our personal chat."), full.subjectUserId(),
                    full.callId(), full.outcome(), full.detail()), full, null);
        }
        Set<Role> shared = Role.inSharedConversation(roles);
        Answer here = handle(command, shared, request.conversationId(), false, request.timeZone(),
                request.caller());
        if (shared.equals(roles)) {
            return Shared.only(here);
        }
        Answer full = handle(command, roles, privately == null ? request.conversationId() : privately, false,
                request.timeZone(), request.caller());
        if (full.reply().equals(here.reply())) {
            return Shared.only(here);
        }
        return privately == null ? new Shared(here, null, Messages.askInPersonalChat())
                : new Shared(here, full, Messages.fullAnswerSentPrivately());
    }

    /**
     * Runs the command's handler; when it points to another question instead ("more" after an audit page), that
     * question is read, checked against the asker's roles and answered in its place, once.
     */
    private Answer handle(ParsedCommand command, Set<Role> roles, String conversationId, boolean personalChat,
                          ZoneId timeZone, Caller caller) {
        Asking asking = new Asking(roles, conversationId, personalChat, timeZone, caller);
        Answer answer = command.command().handler().handle(command, asking);
        if (answer.instead() == null) {
            return answer;
        }
        ParsedCommand instead = catalog.parse(answer.instead())
                .filter(other -> !other.syntax().equals(command.syntax()))
                .orElseThrow(() -> new IllegalStateException("'" + command.syntax().name()
                        + "' pointed to a question it cannot answer: " + answer.instead()));
        if (!instead.syntax().allows(roles)) {
            return refusal(instead.syntax());
        }
        Answer replaced = instead.command().handler().handle(instead, asking);
        if (replaced.instead() != null) {
            throw new IllegalStateException("'" + instead.syntax().name() + "' pointed to yet another question");
        }
        return replaced;
    }

    private static Answer refusal(CommandSyntax syntax) {
        String why = "'" + syntax.name() + "' is not available to your role.";
        return Answer.refused(new AccessRefusedView(why, grantingRoles(syntax.roles().stream().sorted().toList())),
                why);
    }

    private static Answer delivered(Answer answer, FileDelivery delivery) {
        if (!(answer.reply() instanceof FileReply file)) {
            return answer;
        }
        String where = delivery.destination();
        try {
            delivery.deliver(file);
            return answer.noting((answer.detail() == null ? "" : answer.detail() + ", ") + "uploaded to " + where);
        } catch (IOException e) {
            return new Answer(new NoticeView("The file was not uploaded", Messages.fileNotUploaded()),
                    answer.subjectUserId(), answer.callId(), AuditEntry.Outcome.FAILED,
                    "upload to " + where + " failed: " + e.getMessage());
        }
    }

    public Reply welcome() {
        return new WelcomeView(catalog.syntaxes().get(0).examples().get(0));
    }

    private void record(ChatRequest request, Role role, Answer answer) {
        String asked = CommandCatalog.normalize(request.text());
        audit.record(new AuditEntry(clock.instant(), request.caller().objectId(), request.caller().name(), role,
                asked.length() > MAX_QUESTION_CHARACTERS ? Echo.of(asked) : asked, answer.subjectUserId(),
                answer.callId(), answer.outcome(), answer.detail()));
    }

    private static List<String> grantingRoles(List<Role> granting) {
        return granting.stream().sorted().map(Role::grantedBy).toList();
    }
}
