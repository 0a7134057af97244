package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Admission;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.Role;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The core's front door: one question in, one view model out. Admits the asker first and fails closed,
 * then parses the message against the command declarations, checks the command's roles (the only place they
 * are decided), runs the command's handler, and records the question and its outcome in the audit log,
 * whatever happened.
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

    public Reply answer(ChatRequest request) {
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
        return respond(request, answer -> delivered(answer, delivery));
    }

    private Reply respond(ChatRequest request, UnaryOperator<Answer> finish) {
        Admission admission = access.admit(request.caller());
        if (admission instanceof Admission.Refused refused) {
            AccessRefusedView view = new AccessRefusedView(refused.why(), grantingRoles(refused.grantingRoles()));
            record(request, null, Answer.refused(view, refused.why()));
            return view;
        }
        Set<Role> roles = ((Admission.Admitted) admission).roles();
        Role highest = ((Admission.Admitted) admission).highestRole();
        Answer answer;
        try {
            answer = finish.apply(decide(request, roles));
        } catch (UnclearQuestionException e) {
            answer = new Answer(e.notice(), null, null, AuditEntry.Outcome.NOT_UNDERSTOOD, e.getMessage());
        } catch (RuntimeException e) {
            record(request, highest, new Answer(null, null, null, AuditEntry.Outcome.FAILED, e.toString()));
            throw e;
        }
        record(request, highest, answer);
        return answer.reply();
    }

    private Answer decide(ChatRequest request, Set<Role> roles) {
        if (request.text() != null && request.text().length() > MAX_QUESTION_CHARACTERS) {
            return new Answer(new NoticeView("That message is too long for me",
                    String.format("I read questions of up to %,d characters. Ask one thing at a time, for example: %s",
                            MAX_QUESTION_CHARACTERS, catalog.syntaxes().get(0).examples().get(0))),
                    null, null, AuditEntry.Outcome.NOT_UNDERSTOOD, request.text().length() + " characters");
        }
        Optional<ParsedCommand> parsed = catalog.parse(request.text());
        if (parsed.isEmpty()) {
            return new Answer(new HelpView(Echo.of(CommandCatalog.normalize(request.text())),
                    catalog.closestExample(request.text(), roles).orElse(null), catalog.helpFor(roles)),
                    null, null, AuditEntry.Outcome.NOT_UNDERSTOOD, null);
        }
        ParsedCommand command = parsed.get();
        CommandSyntax syntax = command.syntax();
        if (!syntax.allows(roles)) {
            String why = "'" + syntax.name() + "' is not available to your role.";
            return Answer.refused(new AccessRefusedView(why,
                    grantingRoles(syntax.roles().stream().sorted().toList())), why);
        }
        return command.command().handler()
                .handle(command, new Asking(roles, request.conversationId(), request.personalChat()));
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
                asked.length() > MAX_QUESTION_CHARACTERS ? Echo.of(asked) : asked, answer.subjectUserId(), answer.callId(), answer.outcome(),
                answer.detail()));
    }

    private static List<String> grantingRoles(List<Role> granting) {
        return granting.stream().sorted().map(Role::grantedBy).toList();
    }
}
