package com.calltriage.calls;

import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.GraphRetention;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.command.Answer;
import com.calltriage.command.CommandContext;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.RecentLists;
import com.calltriage.command.UserResolver;
import com.calltriage.command.reply.NoticeView;
import java.util.List;
import java.util.Optional;

/**
 * Finds the call a command names: by its number on the last list shown in the conversation, or by its
 * id; and the person it is looked at for, named in the command ({@code for <user>}, found like anyone) or the
 * subject of that list.
 */
public final class CallLocator {
    private final CallRecordStore store;
    private final UserResolver users;
    private final RecentLists recentLists;

    public CallLocator(CommandContext context) {
        this.store = context.data().calls();
        this.users = context.users();
        this.recentLists = context.lists();
    }

    /**
     * A call found, with the person it is looked at for (null when none was named); or, with no call, the answer
     * that says what was not found or whom to choose.
     */
    public record Located(CallRecord call, KnownUser subject, Answer otherwise) {

        /** Whether a person was named who did not take part in the call found: no card is built about them. */
        public boolean subjectMissing() {
            return subject != null && CallParticipants.of(call).stream().noneMatch(i -> i.hasId(subject.id()));
        }
    }

    /**
     * Reads the command's {@code call} argument (and its {@code user}, when it has one): the command's phrase must
     * write {@code call} and {@code user}, for the "which user?" buttons.
     */
    public Located locate(ParsedCommand command, String conversationId) {
        String call = command.argument("call").orElseThrow();
        String subjectId = null;
        String callId = call;
        if (call.matches("\\d{1,2}")) {
            Optional<RecentLists.Shown> shown = recentLists.recall(conversationId);
            int number = Integer.parseInt(call);
            if (shown.isEmpty()) {
                return notFound(new NoticeView("Which call is number " + Echo.of(call) + "?",
                        "Numbers refer to the last list of calls I showed in this chat. Ask for one first, "
                                + "for example: " + CallCommands.LIST.examples().get(0)));
            }
            if (number < 1 || number > shown.get().callIds().size()) {
                return notFound(new NoticeView("There is no call number " + Echo.of(call) + " on the last list",
                        "The last list has calls 1 to " + shown.get().callIds().size() + "."));
            }
            callId = shown.get().callIds().get(number - 1);
            subjectId = shown.get().subjectId();
        }
        Optional<CallRecord> record = store.findById(callId);
        if (record.isEmpty()) {
            return notFound(new NoticeView("I can't find the call " + Echo.of(callId),
                    "Calls are kept for " + GraphRetention.PERIOD.toDays()
                            + " days. Use the number on a list of calls, or the call id from it."));
        }
        Optional<String> named = command.argument("user");
        if (named.isPresent()) {
            String id = record.get().id();
            UserResolver.Lookup lookup = users.find(named.get(),
                    user -> command.syntax().write("call", id, "user", user));
            return lookup.found() ? new Located(record.get(), lookup.person(), null)
                    : new Located(null, null, lookup.otherwise().call(id));
        }
        KnownUser listed = subjectId == null ? null : store.findUser(subjectId)
                .orElse(new KnownUser(subjectId, null, null, null, null));
        return new Located(record.get(), listed, null);
    }

    private static Located notFound(NoticeView notice) {
        return new Located(null, null, Answer.answered(notice).noting(notice.title()));
    }
}
