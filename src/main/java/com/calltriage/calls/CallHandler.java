package com.calltriage.calls;

import com.calltriage.access.AccessControl;
import com.calltriage.access.Masking;
import com.calltriage.building.BuildingMap;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.Session;
import com.calltriage.calls.report.AdviceText;
import com.calltriage.calls.report.CallFacts;
import com.calltriage.calls.report.DebugSession;
import com.calltriage.calls.report.DebugSessions;
import com.calltriage.calls.report.ReasonGroup;
import com.calltriage.calls.report.ReasonGroups;
import com.calltriage.calls.report.ReasonText;
import com.calltriage.calls.report.SessionFacts;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CallData;
import com.calltriage.command.CommandContext;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.Reply;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.Diagnosis;
import com.calltriage.quality.Verdict;
import java.util.List;
import java.util.function.Function;

/**
 * The commands about one call, found by its number on the last list or its id:
 * <ul>
 *   <li>{@code details <call>}: its verdict and every reason, and the subject's sessions as the Session details
 *       report shows them; for engineers and admins with the Advanced details;</li>
 *   <li>{@code debug <call>}, for engineers and admins: every session (in a meeting named for one user, only
 *       theirs) with Advanced and Debug details and the tabs of the Session details report: streams, client
 *       events, signals, traceroutes and feedback.</li>
 * </ul>
 */
final class CallHandler {
    private final CallData data;
    private final AccessControl access;
    private final CallLocator locator;

    CallHandler(CommandContext context) {
        this.data = context.data();
        this.access = context.access();
        this.locator = new CallLocator(context);
    }

    /** One call as the asker may see it, and the person it is looked at for (null when none was named). */
    private record Asked(CallRecord call, KnownUser subject, Masking masking, Diagnosis own) {
        String subjectId() {
            return subject == null ? null : subject.id();
        }

        String subjectLabel() {
            return subject == null ? null : subject.label();
        }

        String matched() {
            return subject == null ? null : subject.nameAndUpn();
        }

        Verdict verdict() {
            return own == null ? Verdict.UNAVAILABLE : own.verdict();
        }

        List<DetailsView.ReasonLine> reasons() {
            return own == null ? List.of() : own.reasons().stream()
                    .map(r -> new DetailsView.ReasonLine(r.severity(), ReasonText.sentence(r, masking)))
                    .distinct()
                    .toList();
        }

        /** The main cause in plain words; null unless the call was Poor. */
        String headline(String subject) {
            return own == null ? null
                    : own.mainCause().map(cause -> AdviceText.headline(cause, masking, subject)).orElse(null);
        }

        List<String> whatToTry(String subject) {
            return own == null ? List.of() : AdviceText.whatToTry(own.reasons(), masking, subject);
        }

        List<ReasonGroup> reasonGroups() {
            return own == null ? List.of() : ReasonGroups.of(own.reasons(), masking);
        }

        boolean involves(Session session) {
            return SessionFacts.involves(session, subjectId());
        }
    }

    Answer details(ParsedCommand command, Asking asking) {
        return answer(command, asking, asked -> {
            CallRecord call = asked.call();
            Masking masking = asked.masking();
            // Buildings are Advanced data: the file is read only for askers who may see them.
            SessionFacts sessions = new SessionFacts(masking.showsAdvanced()
                    ? BuildingMap.of(data.buildings().findAll()) : BuildingMap.of(List.of()));
            String subject = asked.subjectLabel();
            return new DetailsView(subject, asked.matched(), call.id(), call.start(), call.kind().label(),
                    CallFacts.media(call), CallFacts.otherParty(call, masking), call.duration().orElse(null),
                    CallFacts.participantCount(call), CallFacts.participants(call, masking), asked.verdict(),
                    asked.headline(subject), asked.whatToTry(subject), asked.reasonGroups(), asked.reasons(),
                    sessions.of(call, masking, asked::involves),
                    masking.meetingLink(call.joinWebUrl()),
                    asking.may(CallCommands.DEBUG)
                            ? CallCommands.DEBUG.write("call", call.id(), "user", asked.subjectId()) : null,
                    asked.subjectId());
        });
    }

    Answer debug(ParsedCommand command, Asking asking) {
        return answer(command, asking, asked -> {
            CallRecord call = asked.call();
            // Tabs are built only for the sessions the card can show; the others are only counted.
            List<Session> involved = SessionFacts.inStartOrder(call, asked::involves);
            List<DebugSession> shown = new DebugSessions(BuildingMap.of(data.buildings().findAll()), data.rules())
                    .of(involved.subList(0, Math.min(DebugView.MAX_SESSIONS, involved.size())), asked.masking());
            return new DebugView(asked.subjectLabel(), asked.matched(), call.id(), call.start(), call.kind().label(),
                    CallFacts.media(call), CallFacts.participantCount(call), asked.verdict(), asked.reasons(), shown,
                    involved.size() - shown.size());
        });
    }

    /**
     * Finds the call and the person it is looked at for, masks for the asker and that person, and builds the view;
     * or says what was not found, or that the person named was not in the call.
     */
    private Answer answer(ParsedCommand command, Asking asking, Function<Asked, Reply> view) {
        CallLocator.Located located = locator.locate(command, asking.conversationId());
        if (located.call() == null) {
            return located.otherwise();
        }
        CallRecord call = located.call();
        KnownUser subject = located.subject();
        if (located.subjectMissing()) {
            return notInTheCall(command, asking, call, subject);
        }
        String subjectId = subject == null ? null : subject.id();
        CallDiagnosis diagnosis = data.diagnoses().diagnosesOf(List.of(call.id())).get(call.id());
        // How the call went for the subject: in a meeting their own sessions, else the whole call.
        Diagnosis own = diagnosis == null ? null
                : diagnosis.forParticipant(subjectId, call.kind() == CallKind.MEETING);
        Asked asked = new Asked(call, subject, access.maskFor(asking.roles(), subjectId), own);
        return Answer.answered(view.apply(asked)).about(subjectId).call(call.id());
    }

    /** Who was in the call instead, as the asker may see them without a subject: specialists see no names. */
    private Answer notInTheCall(ParsedCommand command, Asking asking, CallRecord call, KnownUser subject) {
        Masking masking = access.maskFor(asking.roles(), null);
        return Answer.answered(new NoticeView(subject.label() + " was not in that call",
                        subject.nameAndUpn() + " did not take part in the call " + call.id() + ". Who did: "
                                + String.join(", ", CallFacts.participants(call, masking)) + ". Ask about the call "
                                + "as a whole, " + command.syntax().write("call", call.id()) + ", or name someone "
                                + "who took part."))
                .about(subject.id()).call(call.id()).noting("not in the call");
    }
}
