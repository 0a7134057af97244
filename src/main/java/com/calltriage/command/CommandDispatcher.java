package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Admission;
import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The core's front door: one question in, one view model out. Admits the asker first and fails closed,
 * then parses the message against the command declarations, checks the command's roles, runs the
 * handler, and records the question and its outcome in the audit log, whatever happened.
 */
public final class CommandDispatcher {
    private final CommandCatalog catalog;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final RecentCallsHandler recentCalls;
    private final CallHandler calls;
    private final AuditHandler auditReader;
    private final ExportHandler export;

    /**
     * @param auditRetention how long the audit log keeps questions, as the audit command tells admins
     */
    public CommandDispatcher(CommandCatalog catalog, AccessControl access, CallData data, AuditLog audit,
                             Duration auditRetention, Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        RecentLists recentLists = new RecentLists();
        CallLocator locator = new CallLocator(data.calls(), recentLists);
        this.recentCalls = new RecentCallsHandler(data, access, recentLists, clock);
        this.calls = new CallHandler(data, access, locator);
        this.auditReader = new AuditHandler(audit, data.calls(), auditRetention, clock);
        this.export = new ExportHandler(data, access, clock);
    }

    public Reply answer(ChatRequest request) {
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
            answer = decide(request, roles);
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
        Optional<ParsedCommand> parsed = catalog.parse(request.text());
        if (parsed.isEmpty()) {
            return new Answer(new HelpView(CommandCatalog.normalize(request.text()),
                    catalog.closestExample(request.text(), roles).orElse(null), helpFor(roles)),
                    null, null, AuditEntry.Outcome.NOT_UNDERSTOOD, null);
        }
        ParsedCommand command = parsed.get();
        if (!command.spec().allows(roles)) {
            String why = "'" + command.spec().name().label() + "' is not available to your role.";
            return Answer.refused(new AccessRefusedView(why,
                    grantingRoles(command.spec().roles().stream().sorted().toList())), why);
        }
        Asking asking = new Asking(roles, request.conversationId(), request.personalChat());
        return switch (command.spec().name()) {
            case RECENT_CALLS -> recentCalls.handle(command, asking);
            case MORE -> recentCalls.more(asking);
            case DETAILS -> calls.details(command, asking);
            case DEBUG -> calls.debug(command, asking);
            case EXPORT -> export.handle(command, asking);
            case AUDIT -> auditReader.handle(command);
            case HELP -> Answer.answered(new HelpView(null, null, helpFor(roles)));
        };
    }

    public Reply welcome() {
        return new WelcomeView(catalog.specs().get(0).examples().get(0));
    }

    private void record(ChatRequest request, Role role, Answer answer) {
        audit.record(new AuditEntry(clock.instant(), request.caller().objectId(), request.caller().name(), role,
                CommandCatalog.normalize(request.text()), answer.subjectUserId(), answer.callId(), answer.outcome(),
                answer.detail()));
    }

    private List<HelpView.Entry> helpFor(Set<Role> callerRoles) {
        return catalog.specs().stream()
                .filter(spec -> spec.allows(callerRoles))
                .map(spec -> new HelpView.Entry(spec.name().label(), spec.summary(), spec.examples().get(0)))
                .toList();
    }

    private static List<String> grantingRoles(List<Role> granting) {
        return granting.stream().sorted().map(Role::grantedBy).toList();
    }
}
