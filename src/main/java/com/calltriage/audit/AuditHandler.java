package com.calltriage.audit;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CommandContext;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.RecentLists;
import com.calltriage.command.TimeWindow;
import com.calltriage.command.UserResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code audit [for <user>] [by <asker>] [window]}, for admins: the questions asked, newest first. An asker
 * is named by object id or by part of their name; a subject is found like anyone a command names.
 */
final class AuditHandler {
    static final int MAX_ROWS = 20;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter READABLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final CallRecordStore store;
    private final UserResolver users;
    private final Duration retention;
    private final Clock clock;
    private final RecentLists lists;

    AuditHandler(CommandContext context) {
        this.audit = context.audit();
        this.store = context.data().calls();
        this.users = context.users();
        this.retention = context.auditRetention();
        this.clock = context.clock();
        this.lists = context.lists();
    }

    Answer handle(ParsedCommand command, Asking asking) {
        Instant now = clock.instant();
        TimeWindow asked = TimeWindow.asked(command.argument("range"), now, asking.timeZone(), DEFAULT_WINDOW);
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
        List<AuditEntry> shown = entries.stream().limit(MAX_ROWS).toList();
        List<AuditView.Row> rows = shown.stream().map(entry -> row(entry, names)).toList();
        String scope = (subject == null ? "" : "about " + subject.label() + " ")
                + (by == null ? "" : "by " + askerNamed(by, byId, shown) + " ");
        // The next page is the same question up to the oldest entry shown. An entry stamped in the very same
        // millisecond as that one, but not shown, is left off both pages: audit times are that fine.
        String older = entries.size() <= MAX_ROWS ? null : AuditCommands.AUDIT.write(
                "user", subject == null ? null : subject.userPrincipalName() != null ? subject.userPrincipalName()
                        : subject.id(),
                "by", by, "range", new TimeWindow(window.from(), shown.get(shown.size() - 1).at()).exactly());
        lists.rememberContinuation(asking.conversationId(), older);
        return Answer.answered(new AuditView(scope.strip(), subject == null ? null : subject.nameAndUpn(),
                window.from(), window.to(), asking.timeZone(), rows, older != null, note, older)).about(subjectId);
    }

    /** The asker a "by" names, as the log knows them: "by sam" reads "by Sam Rivera" when that is who asked. */
    private static String askerNamed(String by, boolean byId, List<AuditEntry> entries) {
        return entries.stream()
                .filter(entry -> entry.callerName() != null && (byId ? by.equalsIgnoreCase(entry.callerId())
                        : entry.callerName().toLowerCase(Locale.ROOT).contains(by.toLowerCase(Locale.ROOT))))
                .map(AuditEntry::callerName).findFirst().orElse(Echo.of(by));
    }

    /**
     * A command as a person reads it: object ids become the names the store knows, exact instants a date and time
     * ("export calls for Alice Wood from 2026-10-27 09:07 UTC to ..."), as buttons write them.
     */
    private String readable(String command, Map<String, String> names) {
        if (command == null) {
            return null;
        }
        String named = OBJECT_ID.matcher(command).replaceAll(id -> Matcher.quoteReplacement(
                names.computeIfAbsent(id.group().toLowerCase(Locale.ROOT),
                        key -> store.findUser(key).map(KnownUser::label).orElse(id.group()))));
        return INSTANT.matcher(named).replaceAll(at -> {
            try {
                return READABLE_TIME.format(Instant.parse(at.group().toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Matcher.quoteReplacement(at.group());
            }
        });
    }

    private AuditView.Row row(AuditEntry entry, Map<String, String> names) {
        String subject = entry.subjectUserId() == null ? null : names.computeIfAbsent(
                entry.subjectUserId().toLowerCase(Locale.ROOT),
                id -> store.findUser(id).map(KnownUser::label).orElse(id));
        return new AuditView.Row(entry.at(), entry.callerName() != null ? entry.callerName() : entry.callerId(),
                entry.role() == null ? "no role" : entry.role().name().toLowerCase(Locale.ROOT),
                readable(entry.command(), names),
                subject, entry.callId(), entry.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                entry.detail());
    }
}
