package com.calltriage.command;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * {@code details <call>}: one call with its verdict and every reason. The call is named by its number on
 * the last list shown in the conversation, or by its id; the user it is looked at for comes from that
 * list or from the button that asked.
 */
final class DetailsHandler {
    private final CallRecordStore store;
    private final DiagnosisStore diagnoses;
    private final CallFacts facts;
    private final RecentLists recentLists;

    DetailsHandler(CallRecordStore store, DiagnosisStore diagnoses, CallFacts facts, RecentLists recentLists) {
        this.store = store;
        this.diagnoses = diagnoses;
        this.facts = facts;
        this.recentLists = recentLists;
    }

    Reply handle(ParsedCommand command, String conversationId) {
        String call = command.argument("call").orElseThrow();
        String subjectId = command.argument("user").orElse(null);
        String callId = call;
        if (call.matches("\\d{1,2}")) {
            Optional<RecentLists.Shown> shown = recentLists.recall(conversationId);
            int number = Integer.parseInt(call);
            if (shown.isEmpty()) {
                return new NoticeView("Which call is number " + call + "?",
                        "Numbers refer to the last list of calls I showed in this chat. Ask for one first, "
                                + "for example: show last calls for alice");
            }
            if (number < 1 || number > shown.get().callIds().size()) {
                return new NoticeView("There is no call number " + call + " on the last list",
                        "The last list has calls 1 to " + shown.get().callIds().size() + ".");
            }
            callId = shown.get().callIds().get(number - 1);
            subjectId = subjectId == null ? shown.get().subjectId() : subjectId;
        }
        Optional<CallRecord> record = store.findById(callId);
        if (record.isEmpty()) {
            return new NoticeView("I can't find the call " + callId,
                    "Calls are kept for 30 days. Use the number on a list of calls, or the call id from it.");
        }
        return details(record.get(), subjectId);
    }

    private DetailsView details(CallRecord call, String subjectId) {
        CallDiagnosis diagnosis = diagnoses.diagnosesOf(List.of(call.id())).get(call.id());
        Diagnosis own = diagnosis == null ? null : diagnosis.forParticipant(subjectId, call.kind() == CallKind.MEETING);
        String subject = subjectId == null ? null
                : store.findUser(subjectId).map(KnownUser::label).orElse(null);
        List<DetailsView.ReasonLine> reasons = own == null ? List.of() : own.reasons().stream()
                .map(r -> new DetailsView.ReasonLine(r.severity(),
                        ReasonText.sentence(r, identity -> facts.nameOf(identity, subjectId))))
                .distinct()
                .toList();
        return new DetailsView(subject, call.id(), call.start(), call.kind().label(), CallFacts.media(call),
                facts.otherParty(call, subjectId), call.duration().orElse(null), CallFacts.participantCount(call),
                own == null ? Verdict.UNAVAILABLE : own.verdict(), reasons);
    }
}
