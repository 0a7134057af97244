package com.calltriage.command;

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
    private final CallFacts facts;
    private final RecentLists recentLists;
    private final Clock clock;

    RecentCallsHandler(CallRecordStore store, DiagnosisStore diagnoses, CallFacts facts, RecentLists recentLists,
                       Clock clock) {
        this.store = store;
        this.diagnoses = diagnoses;
        this.users = new UserResolver(store);
        this.facts = facts;
        this.recentLists = recentLists;
        this.clock = clock;
    }

    Reply handle(ParsedCommand command, String conversationId) {
        String term = command.argument("user").orElseThrow();
        int count = command.argument("count").map(Integer::parseInt)
                .map(n -> Math.max(1, Math.min(MAX_COUNT, n))).orElse(DEFAULT_COUNT);
        UserResolver.Resolution resolution = users.resolve(term);
        if (resolution.exact().size() == 1) {
            return callList(resolution.exact().get(0), count, conversationId);
        }
        if (resolution.exact().size() > 1) {
            return new ChooseUserView(term, candidates(resolution.exact()));
        }
        return new UnknownUserView(term, candidates(resolution.close()));
    }

    private CallListView callList(KnownUser user, int count, String conversationId) {
        Instant to = clock.instant();
        Instant from = to.minus(WINDOW);
        CallPage page = store.findCallsOfUser(user.id(), from, to, count, null);
        Map<String, CallDiagnosis> diagnosed = diagnoses.diagnosesOf(page.calls().stream().map(CallRecord::id).toList());
        List<CallListView.Row> rows = new ArrayList<>();
        for (CallRecord call : page.calls()) {
            CallDiagnosis diagnosis = diagnosed.get(call.id());
            Diagnosis own = diagnosis == null ? null : diagnosis.forParticipant(user.id(), call.kind() == CallKind.MEETING);
            rows.add(new CallListView.Row(rows.size() + 1, call.id(), call.start(), call.kind().label(),
                    CallFacts.media(call), facts.otherParty(call, user.id()), call.duration().orElse(null),
                    own == null ? Verdict.UNAVAILABLE : own.verdict(),
                    own == null ? null : own.mainCause().map(ReasonText::brief).orElse(null),
                    "details " + call.id() + " for " + user.id()));
        }
        recentLists.remember(conversationId, new RecentLists.Shown(user.id(),
                page.calls().stream().map(CallRecord::id).toList()));
        return new CallListView(user.label(), from, to, rows, page.next().map(c -> c.encode()).orElse(null));
    }

    private static List<ChooseUserView.Candidate> candidates(List<KnownUser> users) {
        return users.stream()
                .map(u -> new ChooseUserView.Candidate(u.label(), u.userPrincipalName(),
                        "show last calls for " + (u.userPrincipalName() != null ? u.userPrincipalName() : u.id())))
                .toList();
    }
}
