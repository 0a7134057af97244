package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code show last calls for <user>}: the user's newest calls of the last 30 days, rated and masked. */
final class RecentCallsHandler {
    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 25;
    static final Duration WINDOW = Duration.ofDays(30);

    private final CallRecordStore store;
    private final DiagnosisStore diagnoses;
    private final UserResolver users;
    private final AccessControl access;
    private final RecentLists recentLists;
    private final Clock clock;

    RecentCallsHandler(CallData data, AccessControl access, RecentLists recentLists, Clock clock) {
        this.store = data.calls();
        this.diagnoses = data.diagnoses();
        this.users = new UserResolver(store);
        this.access = access;
        this.recentLists = recentLists;
        this.clock = clock;
    }

    Answer handle(ParsedCommand command, Asking asking) {
        String term = command.argument("user").orElseThrow();
        int count = command.argument("count").map(Integer::parseInt)
                .map(n -> Math.max(1, Math.min(MAX_COUNT, n))).orElse(DEFAULT_COUNT);
        UserResolver.Resolution resolution = users.resolve(term);
        if (resolution.exact().size() == 1) {
            KnownUser user = resolution.exact().get(0);
            return Answer.answered(callList(user, count, asking)).about(user.id());
        }
        if (resolution.exact().size() > 1) {
            return Answer.answered(new ChooseUserView(term, candidates(resolution.exact(), "show last calls for ")))
                    .noting(resolution.exact().size() + " users match");
        }
        return Answer.answered(new UnknownUserView(term, candidates(resolution.close(), "show last calls for ")))
                .noting("no such user");
    }

    private CallListView callList(KnownUser user, int count, Asking asking) {
        Masking masking = access.maskFor(asking.roles(), user.id());
        Instant to = clock.instant();
        Instant from = to.minus(WINDOW);
        CallPage page = store.findCallsOfUser(user.id(), from, to, count, null);
        Map<String, CallDiagnosis> diagnosed = diagnoses.diagnosesOf(page.calls().stream().map(CallRecord::id).toList());
        List<CallListView.Row> rows = new ArrayList<>();
        for (CallRecord call : page.calls()) {
            CallDiagnosis diagnosis = diagnosed.get(call.id());
            Diagnosis own = diagnosis == null ? null : diagnosis.forParticipant(user.id(), call.kind() == CallKind.MEETING);
            rows.add(new CallListView.Row(rows.size() + 1, call.id(), call.start(), call.kind().label(),
                    CallFacts.media(call), CallFacts.otherParty(call, masking), call.duration().orElse(null),
                    own == null ? Verdict.UNAVAILABLE : own.verdict(),
                    own == null ? null : own.mainCause().map(ReasonText::brief).orElse(null),
                    "details " + call.id() + " for " + user.id()));
        }
        recentLists.remember(asking.conversationId(), new RecentLists.Shown(user.id(),
                page.calls().stream().map(CallRecord::id).toList()));
        return new CallListView(user.label(), from, to, rows, page.next().map(c -> c.encode()).orElse(null));
    }

    /** Users to choose from, each with the command that asks again for exactly that user. */
    static List<ChooseUserView.Candidate> candidates(List<KnownUser> users, String commandPrefix) {
        return users.stream()
                .map(u -> new ChooseUserView.Candidate(u.label(), u.userPrincipalName(),
                        commandPrefix + (u.userPrincipalName() != null ? u.userPrincipalName() : u.id())))
                .toList();
    }
}
