package com.calltriage.audit;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.command.Answer;
import com.calltriage.command.CommandContext;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.TimeWindow;
import com.calltriage.command.UserResolver;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.UnknownUserView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code audit [for <user>] [by <asker>] [window]}, for admins: the questions asked, newest first. An asker
 * is named by object id or by part of their name; a subject is found like anyone a command names.
 */
final class AuditHandler {
    static final int MAX_ROWS = 20;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final AuditLog audit;
    private final CallRecordStore store;
    private final UserResolver users;
    private final Duration retention;
    private final Clock clock;

    AuditHandler(CommandContext context) {
        this.audit = context.audit();
        this.store = context.data().calls();
        this.users = context.users();
        this.retention = context.auditRetention();
        this.clock = context.clock();
    }

    /** @param zone the asker's time zone, whose days the window's dates are */
    Answer handle(ParsedCommand command, ZoneId zone) {
        Instant now = clock.instant();
        TimeWindow asked = TimeWindow.asked(command.argument("range"), now, zone, DEFAULT_WINDOW);
        TimeWindow window = asked.keptFrom(now.minus(retention));
        String note = window.equals(asked) ? null
                : "Questions are kept for " + retention.toDays() + " days, so older ones are gone.";
        KnownUser subject = null;
        Optional<String> subjectTerm = command.argument("user");
        if (subjectTerm.isPresent()) {
            UserResolver.Lookup found = users.find(subjectTerm.get(), user -> AuditCommands.AUDIT.write("user", user,
                    "by", command.argument("by").map(Echo::of).orElse(null),
                    "range", command.argument("range").map(Echo::of).orElse(null)));
            if (!found.found()) {
                return found.otherwise();
            }
            subject = found.person();
        }
        String subjectId = subject == null ? null : subject.id();
        String by = command.argument("by").orElse(null);
        boolean byId = by != null && OBJECT_ID.matcher(by).matches();
        List<AuditEntry> entries = audit.find(new AuditQuery(byId ? by : null, byId ? null : by, subjectId,
                window.from(), window.to(), MAX_ROWS + 1));
        Map<String, String> names = new HashMap<>();
        List<AuditView.Row> rows = entries.stream().limit(MAX_ROWS).map(entry -> row(entry, names)).toList();
        String scope = (subject == null ? "" : "about " + subject.label() + " ")
                + (by == null ? "" : "by " + Echo.of(by) + " ");
        return Answer.answered(new AuditView(scope.strip(), subject == null ? null : subject.nameAndUpn(),
                window.from(), window.to(), zone, rows, entries.size() > MAX_ROWS, note)).about(subjectId);
    }

    private AuditView.Row row(AuditEntry entry, Map<String, String> names) {
        String subject = entry.subjectUserId() == null ? null : names.computeIfAbsent(entry.subjectUserId(),
                id -> store.findUser(id).map(KnownUser::label).orElse(id));
        return new AuditView.Row(entry.at(), entry.callerName() != null ? entry.callerName() : entry.callerId(),
                entry.role() == null ? "no role" : entry.role().name().toLowerCase(Locale.ROOT), entry.command(),
                subject, entry.callId(), entry.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                entry.detail());
    }
}
