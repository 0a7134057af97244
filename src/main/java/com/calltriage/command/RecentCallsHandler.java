package com.calltriage.command;

import com.calltriage.access.PartyMasking;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallPage;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.Modality;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code show last calls for <user>}: the user's newest calls of the last 30 days, masked. */
final class RecentCallsHandler {
    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 25;
    static final Duration WINDOW = Duration.ofDays(30);

    private final CallRecordStore store;
    private final UserResolver users;
    private final PartyMasking masking;
    private final Clock clock;

    RecentCallsHandler(CallRecordStore store, PartyMasking masking, Clock clock) {
        this.store = store;
        this.users = new UserResolver(store);
        this.masking = masking;
        this.clock = clock;
    }

    Reply handle(ParsedCommand command) {
        String term = command.argument("user").orElseThrow();
        int count = command.argument("count").map(Integer::parseInt)
                .map(n -> Math.max(1, Math.min(MAX_COUNT, n))).orElse(DEFAULT_COUNT);
        UserResolver.Resolution resolution = users.resolve(term);
        if (resolution.exact().size() == 1) {
            return callList(resolution.exact().get(0), count);
        }
        if (resolution.exact().size() > 1) {
            return new ChooseUserView(term, candidates(resolution.exact()));
        }
        return new UnknownUserView(term, candidates(resolution.close()));
    }

    private CallListView callList(KnownUser user, int count) {
        Instant to = clock.instant();
        Instant from = to.minus(WINDOW);
        CallPage page = store.findCallsOfUser(user.id(), from, to, count, null);
        List<CallListView.Row> rows = new ArrayList<>();
        for (CallRecord call : page.calls()) {
            rows.add(new CallListView.Row(rows.size() + 1, call.id(), call.start(), call.kind().label(),
                    media(call), otherParty(call, user.id()), call.duration().orElse(null)));
        }
        return new CallListView(user.label(), from, to, rows, page.next().map(c -> c.encode()).orElse(null));
    }

    private static String media(CallRecord call) {
        return call.modalities().stream().sorted().map(Modality::label).collect(Collectors.joining(", "));
    }

    /** Who the call was with: the other person, the phone number, or the meeting's size. */
    private String otherParty(CallRecord call, String subjectId) {
        List<Identity> everyone = CallParticipants.of(call);
        if (call.kind() == CallKind.MEETING) {
            return everyone.size() + " participants";
        }
        return everyone.stream()
                .filter(i -> !i.id().equalsIgnoreCase(subjectId))
                .map(i -> masking.nameOf(i, subjectId))
                .findFirst()
                .orElse("Unknown");
    }

    private static List<ChooseUserView.Candidate> candidates(List<KnownUser> users) {
        return users.stream()
                .map(u -> new ChooseUserView.Candidate(u.label(), u.userPrincipalName(),
                        "show last calls for " + (u.userPrincipalName() != null ? u.userPrincipalName() : u.id())))
                .toList();
    }
}
