package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.PageCursor;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.Verdict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code show last calls for <user>}: the user's newest calls of the last 30 days, rated and masked. */
final class RecentCallsHandler {
    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 25;

    private final CallRecordStore store;
    private final DiagnosisStore diagnoses;
    private final UserResolver users;
    private final AccessControl access;
    private final RecentLists recentLists;
    private final Clock clock;

    RecentCallsHandler(CallData data, AccessControl access, RecentLists recentLists, Clock clock) {
        this.store = data.calls();
        this.diagnoses = data.diagnoses();
        this.users = new UserResolver(store, data.directory());
        this.access = access;
        this.recentLists = recentLists;
        this.clock = clock;
    }

    Answer handle(ParsedCommand command, Asking asking) {
        String term = command.argument("user").orElseThrow();
        int count = command.argument("count").map(Integer::parseInt)
                .map(n -> Math.max(1, Math.min(MAX_COUNT, n))).orElse(DEFAULT_COUNT);
        CallWindow asked = CallWindow.asked(command.argument("range"), term, clock.instant());
        TimeWindow window = asked.window();
        String note = asked.note();
        UserResolver.Resolution resolution = users.resolve(term);
        if (resolution.exact().size() != 1) {
            return notOneUser(term, resolution, "show last calls for ");
        }
        KnownUser user = resolution.exact().get(0);
        RecentLists.NextPage first = new RecentLists.NextPage(user.label(), window.from(), window.to(), count,
                null, note);
        return Answer.answered(page(user.id(), first, List.of(), asking)).about(user.id());
    }

    /**
     * The answer when a name fits several users (choose one) or none (the closest), each offered with the
     * command that asks again for exactly that user.
     */
    static Answer notOneUser(String term, UserResolver.Resolution resolution, String commandPrefix) {
        if (resolution.exact().size() > 1) {
            return Answer.answered(new ChooseUserView(term, candidates(resolution.exact(), commandPrefix)))
                    .noting(resolution.exact().size() + " users match");
        }
        return Answer.answered(new UnknownUserView(term, candidates(resolution.close(), commandPrefix)))
                .noting("no such user");
    }

    /** {@code more}: the next, older page of the last list shown in this conversation, numbered on from it. */
    Answer more(Asking asking) {
        Optional<RecentLists.Shown> shown = recentLists.recall(asking.conversationId());
        if (shown.isEmpty()) {
            return Answer.answered(new NoticeView("More of what?",
                    "\"more\" continues the last list of calls I showed in this chat. Ask for one first, for "
                            + "example: show last calls for alice")).noting("no list to continue");
        }
        if (shown.get().next() == null) {
            return Answer.answered(new NoticeView("That was the whole list",
                    "There are no older calls in that window. Ask for another window, for example: "
                            + "calls for alice from 2026-11-01.")).about(shown.get().subjectId());
        }
        return Answer.answered(page(shown.get().subjectId(), shown.get().next(), shown.get().callIds(), asking))
                .about(shown.get().subjectId());
    }

    private CallListView page(String userId, RecentLists.NextPage query, List<String> shownBefore, Asking asking) {
        Masking masking = access.maskFor(asking.roles(), userId);
        CallPage page = store.findCallsOfUser(userId, query.from(), query.to(), query.count(),
                query.cursor() == null ? null : PageCursor.decode(query.cursor()));
        Map<String, CallDiagnosis> diagnosed = diagnoses.diagnosesOf(page.calls().stream().map(CallRecord::id).toList());
        List<CallListView.Row> rows = new ArrayList<>();
        for (CallRecord call : page.calls()) {
            CallDiagnosis diagnosis = diagnosed.get(call.id());
            Diagnosis own = diagnosis == null ? null : diagnosis.forParticipant(userId, call.kind() == CallKind.MEETING);
            rows.add(new CallListView.Row(shownBefore.size() + rows.size() + 1, call.id(), call.start(),
                    call.kind().label(), CallFacts.media(call), CallFacts.otherParty(call, masking),
                    call.duration().orElse(null), own == null ? Verdict.UNAVAILABLE : own.verdict(),
                    own == null ? null : own.mainCause().map(ReasonText::brief).orElse(null),
                    "details " + call.id() + " for " + userId));
        }
        List<String> numbered = new ArrayList<>(shownBefore);
        page.calls().forEach(call -> numbered.add(call.id()));
        RecentLists.NextPage next = page.next().map(cursor -> new RecentLists.NextPage(query.subjectLabel(),
                query.from(), query.to(), query.count(), cursor.encode(), null)).orElse(null);
        recentLists.remember(asking.conversationId(), new RecentLists.Shown(userId, numbered, next));
        String export = numbered.isEmpty() ? null
                : ExportHandler.command(userId, new TimeWindow(query.from(), query.to()));
        return new CallListView(query.subjectLabel(), query.from(), query.to(), rows, next == null ? null : "more",
                query.note(), export);
    }

    /** Users to choose from, each with the command that asks again for exactly that user. */
    static List<ChooseUserView.Candidate> candidates(List<KnownUser> users, String commandPrefix) {
        return users.stream()
                .map(u -> new ChooseUserView.Candidate(u.label(), u.userPrincipalName(),
                        commandPrefix + (u.userPrincipalName() != null ? u.userPrincipalName() : u.id())))
                .toList();
    }
}
