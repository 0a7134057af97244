package com.calltriage.export;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.GraphRetention;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.callrecord.Session;
import com.calltriage.calls.report.CallFacts;
import com.calltriage.calls.report.ReasonText;
import com.calltriage.calls.report.SessionFacts;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CallData;
import com.calltriage.command.CallWindow;
import com.calltriage.command.CommandContext;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.TimeWindow;
import com.calltriage.command.UserResolver;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.SessionDiagnosis;
import com.calltriage.quality.Verdict;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code export calls for <user> [window]}: the user's sessions of the window, one row each with the
 * Session details report's columns, masked for the asker. Files can only be offered in a personal chat.
 */
final class ExportHandler {
    /** A month of a busy user's calls, and a file Excel opens at once. */
    static final int MAX_CALLS = 1000;
    private static final int PAGE = 100;

    private final CallData data;
    private final UserResolver users;
    private final AccessControl access;
    private final Clock clock;
    private final int maxCalls;

    ExportHandler(CommandContext context) {
        this(context, MAX_CALLS);
    }

    /** @param maxCalls the most calls one file takes, newest first */
    ExportHandler(CommandContext context, int maxCalls) {
        this.data = context.data();
        this.users = context.users();
        this.access = context.access();
        this.clock = context.clock();
        this.maxCalls = maxCalls;
    }

    Answer handle(ParsedCommand command, Asking asking) {
        String term = command.argument("user").orElseThrow();
        String again = ExportCommands.EXPORT.write("user", Echo.of(term), "range",
                command.argument("range").map(Echo::of).orElse(null));
        if (!asking.personalChat()) {
            return Answer.answered(new NoticeView("Exports are sent in personal chat",
                    "I can only send files in a one-to-one chat with me. Open a chat with CallTriage and ask "
                            + "there: " + again)).noting("not a personal chat");
        }
        ZoneId zone = asking.timeZone();
        TimeWindow window = CallWindow.asked(command.argument("range"), clock.instant(), zone,
                range -> ExportCommands.EXPORT.write("user", Echo.of(term), "range", range)).window();
        UserResolver.Lookup found = users.find(term, user -> ExportCommands.EXPORT.write("user", user));
        if (!found.found()) {
            return found.otherwise();
        }
        KnownUser user = found.person();
        Calls calls = callsOf(user.id(), window);
        if (calls.found().isEmpty()) {
            return Answer.answered(new NoticeView("No calls to export",
                    user.label() + " had no calls " + window.days(zone) + ". Ask for a longer window, such as: "
                            + ExportCommands.EXPORT.write("user", Echo.of(term), "range",
                                    "last " + GraphRetention.PERIOD.toDays() + " days") + "."))
                    .about(user.id()).noting("no calls");
        }
        Masking masking = access.maskFor(asking.roles(), user.id());
        Map<String, CallDiagnosis> diagnoses = data.diagnoses()
                .diagnosesOf(calls.found().stream().map(CallRecord::id).toList());
        List<ExportView.SessionRow> rows = new ArrayList<>();
        for (CallRecord call : calls.found()) {
            for (Session session : SessionFacts.inStartOrder(call, s -> SessionFacts.involves(s, user.id()))) {
                rows.add(row(call, session, diagnoses.get(call.id()), masking));
            }
        }
        String exact = ExportCommands.exactly(user.id(), window);
        return Answer.answered(new ExportView(user.label(), user.nameAndUpn(), window.from(), window.to(), zone,
                        fileName(user.label(), window, zone), rows, calls.found().size(), calls.cutShort(), exact))
                .about(user.id()).noting(rows.size() + " sessions");
    }

    private record Calls(List<CallRecord> found, boolean cutShort) {
    }

    /** The user's calls of the window, newest first, page by page up to the most one file takes. */
    private Calls callsOf(String userId, TimeWindow window) {
        List<CallRecord> found = new ArrayList<>();
        PageCursor after = null;
        while (true) {
            CallPage page = data.calls().findCallsOfUser(userId, window.from(), window.to(),
                    Math.min(PAGE, maxCalls - found.size()), after);
            found.addAll(page.calls());
            Optional<PageCursor> next = page.next();
            if (next.isEmpty()) {
                return new Calls(found, false);
            }
            if (found.size() >= maxCalls) {
                return new Calls(found, true);
            }
            after = next.get();
        }
    }

    private static ExportView.SessionRow row(CallRecord call, Session session, CallDiagnosis diagnosis,
                                             Masking masking) {
        boolean meeting = call.kind() == CallKind.MEETING;
        Optional<Diagnosis> own = diagnosis == null ? Optional.empty() : diagnosis.sessions().stream()
                .filter(s -> s.sessionId().equals(session.id())).map(SessionDiagnosis::diagnosis).findFirst();
        String media = call.kind().label() + ": " + CallFacts.media(session.modalities());
        return new ExportView.SessionRow(call.id(), session.id(), media, session.start(), session.end(),
                SessionFacts.who(session.caller(), masking), SessionFacts.who(session.callee(), masking),
                client(session.caller(), masking), client(session.callee(), masking), phone(call, session.caller(), masking),
                phone(call, session.callee(), masking), meeting ? masking.meetingLink(call.joinWebUrl()) : null,
                meeting ? call.id() : null,
                SessionFacts.failure(session, masking), own.map(Diagnosis::verdict).orElse(Verdict.UNAVAILABLE).label(),
                own.map(d -> d.reasons().stream().map(r -> ReasonText.sentence(r, masking)).distinct()
                        .collect(Collectors.joining("; "))).orElse(null));
    }

    private static String client(Endpoint endpoint, Masking masking) {
        return endpoint == null ? null : SessionFacts.client(endpoint.userAgent(), masking);
    }

    /**
     * The number on this side, last three digits masked. In a phone call Graph names the number among the
     * call's participants only; the session's side is the PSTN service, which stands for it.
     */
    private static String phone(CallRecord call, Endpoint endpoint, Masking masking) {
        if (endpoint == null) {
            return null;
        }
        if (endpoint.identity() != null) {
            return endpoint.identity().isPhone() ? masking.nameOf(endpoint.identity()) : null;
        }
        if (call.kind() != CallKind.PSTN || endpoint.participant()) {
            return null;
        }
        String numbers = CallParticipants.of(call).stream().filter(Identity::isPhone).map(masking::nameOf)
                .collect(Collectors.joining(", "));
        return numbers.isEmpty() ? null : numbers;
    }

    /** "calls-alice-wood-2026-11-14-to-2026-11-21.csv": whose and when (the asker's days), safe in any file system. */
    static String fileName(String subject, TimeWindow window, ZoneId zone) {
        String plain = Normalizer.normalize(subject, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "calls-" + (slug.isEmpty() ? "user" : slug) + "-" + TimeWindow.day(window.from(), zone) + "-to-"
                + TimeWindow.lastDay(window.to(), zone) + ".csv";
    }
}
