package com.calltriage.calls;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.calls.report.CallFacts;
import com.calltriage.calls.report.ReasonText;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CallWindow;
import com.calltriage.command.CommandContext;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.RecentLists;
import com.calltriage.command.TimeWindow;
import com.calltriage.command.UserResolver;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.export.ExportCommands;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.SummaryPage;
import com.calltriage.quality.Verdict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code show last calls for <user>}: the user's newest calls of the last 30 days, rated and masked. */
final class RecentCallsHandler {
    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 25;

    /** Why an Unavailable call has no rating, in the words a tier-1 agent can pass on. */
    static final String NO_QUALITY_DATA = "No quality data was received";

    private final CallRecordStore store;
    private final DiagnosisStore diagnoses;
    private final UserResolver users;
    private final AccessControl access;
    private final RecentLists recentLists;
    private final Clock clock;

    RecentCallsHandler(CommandContext context) {
        this.store = context.data().calls();
        this.diagnoses = context.data().diagnoses();
        this.users = context.users();
        this.access = context.access();
        this.recentLists = context.lists();
        this.clock = context.clock();
    }

    Answer handle(ParsedCommand command, Asking asking) {
        String term = command.argument("user").orElseThrow();
        int count = command.argument("count").map(Integer::parseInt)
                .map(n -> Math.max(1, Math.min(MAX_COUNT, n))).orElse(DEFAULT_COUNT);
        CallWindow asked = CallWindow.asked(command.argument("range"), clock.instant(), asking.timeZone(),
                range -> CallCommands.LIST.write("user", Echo.of(term), "range", range));
        TimeWindow window = asked.window();
        String note = asked.note();
        UserResolver.Lookup found = users.find(term, user -> CallCommands.LIST.write("user", user));
        if (!found.found()) {
            return found.otherwise();
        }
        KnownUser user = found.person();
        RecentLists.NextPage first = new RecentLists.NextPage(user.label(), window.from(), window.to(), count,
                null, note);
        return Answer.answered(page(user.id(), user.nameAndUpn(), first, List.of(), asking)).about(user.id());
    }

    /** {@code more}: the next, older page of the last list shown in this conversation, numbered on from it. */
    Answer more(Asking asking) {
        RecentLists.Last last = recentLists.last(asking.conversationId());
        Optional<String> otherList = last.continuation();
        if (otherList.isPresent()) {
            return otherList.get().isEmpty()
                    ? Answer.answered(new NoticeView("That was the whole list",
                            "There is nothing older in that window. Ask for another window."))
                    : Answer.askInstead(otherList.get());
        }
        Optional<RecentLists.Shown> shown = last.shown();
        if (shown.isEmpty()) {
            return Answer.answered(new NoticeView("More of what?",
                    "\"more\" continues the last list of calls I showed in this chat. Ask for one first, for "
                            + "example: " + CallCommands.LIST.examples().get(0))).noting("no list to continue");
        }
        if (shown.get().next() == null) {
            return Answer.answered(new NoticeView("That was the whole list",
                    "There are no older calls in that window. Ask for another window, for example: "
                            + CallCommands.LIST.write("user", "alice", "range", "from 2026-11-01") + "."))
                    .about(shown.get().subjectId());
        }
        String subjectId = shown.get().subjectId();
        String matched = store.findUser(subjectId).map(KnownUser::nameAndUpn)
                .orElse(shown.get().next().subjectLabel());
        return Answer.answered(page(subjectId, matched, shown.get().next(), shown.get().callIds(), asking))
                .about(subjectId);
    }

    private CallListView page(String userId, String matched, RecentLists.NextPage query, List<String> shownBefore,
                              Asking asking) {
        Masking masking = access.maskFor(asking.roles(), userId);
        SummaryPage page = diagnoses.summariesOfUser(userId, query.from(), query.to(), query.count(),
                query.cursor() == null ? null : PageCursor.decode(query.cursor()));
        List<CallListView.Row> rows = new ArrayList<>();
        for (CallSummary call : page.calls()) {
            rows.add(new CallListView.Row(shownBefore.size() + rows.size() + 1, call.callId(), call.start(),
                    call.kind().label(), CallFacts.media(call.modalities()), CallFacts.otherParty(call, masking),
                    call.duration().orElse(null), call.verdict(),
                    call.verdict() == Verdict.UNAVAILABLE ? NO_QUALITY_DATA
                            : Optional.ofNullable(call.mainCause()).map(ReasonText::brief).orElse(null),
                    CallCommands.DETAILS.write("call", call.callId(), "user", userId)));
        }
        List<String> numbered = new ArrayList<>(shownBefore);
        page.calls().forEach(call -> numbered.add(call.callId()));
        RecentLists.NextPage next = page.next().map(cursor -> new RecentLists.NextPage(query.subjectLabel(),
                query.from(), query.to(), query.count(), cursor.encode(), null)).orElse(null);
        recentLists.remember(asking.conversationId(), new RecentLists.Shown(userId, numbered, next));
        String export = numbered.isEmpty() ? null
                : ExportCommands.exactly(userId, new TimeWindow(query.from(), query.to()));
        return new CallListView(query.subjectLabel(), matched, query.from(), query.to(), asking.timeZone(), rows,
                page.total(), next == null ? null : CallCommands.MORE.write(), query.note(), export);
    }
}
