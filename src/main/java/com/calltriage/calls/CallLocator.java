package com.calltriage.calls;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.GraphRetention;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.RecentLists;
import com.calltriage.command.UserResolver;
import com.calltriage.command.reply.NoticeView;
import java.util.List;
import java.util.Optional;

/**
 * Finds the call a command names: by its number on the last list shown in the conversation, or by its
 * id. The user the call is looked at for comes from the command ({@code for <user>}) or from that list.
 */
final class CallLocator {
    private final CallRecordStore store;
    private final UserResolver users;
    private final RecentLists recentLists;

    CallLocator(CallRecordStore store, RecentLists recentLists) {
        this.store = store;
        this.users = new UserResolver(store);
        this.recentLists = recentLists;
    }

    /** A call found, with the user it is looked at for (null when none), or what to tell the asker. */
    record Located(CallRecord call, String subjectId, NoticeView notFound) {
    }

    Located locate(ParsedCommand command, String conversationId) {
        String call = command.argument("call").orElseThrow();
        String subjectId = command.argument("user").map(this::userId).orElse(null);
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
            subjectId = subjectId == null ? shown.get().subjectId() : subjectId;
        }
        Optional<CallRecord> record = store.findById(callId);
        if (record.isEmpty()) {
            return notFound(new NoticeView("I can't find the call " + Echo.of(callId),
                    "Calls are kept for " + GraphRetention.PERIOD.toDays()
                            + " days. Use the number on a list of calls, or the call id from it."));
        }
        return new Located(record.get(), subjectId, null);
    }

    /** An alias or UPN names the one user it matches; anything else is taken as an object id. */
    private String userId(String term) {
        List<KnownUser> exact = users.resolve(term).exact();
        return exact.size() == 1 ? exact.get(0).id() : term;
    }

    private static Located notFound(NoticeView notice) {
        return new Located(null, null, notice);
    }
}
