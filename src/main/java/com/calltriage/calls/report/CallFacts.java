package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Modality;
import com.calltriage.quality.CallSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the list and the details card say about any call: its media and who it was with, masked. */
public final class CallFacts {
    private CallFacts() {
    }

    public static String media(CallRecord call) {
        return media(call.modalities());
    }

    /** "Audio, Video, Screen sharing", in the same order wherever a call's or a session's media are named. */
    public static String media(Set<Modality> modalities) {
        return modalities.stream().sorted().map(Modality::label).collect(Collectors.joining(", "));
    }

    public static int participantCount(CallRecord call) {
        return CallParticipants.of(call).size();
    }

    /** Who the call was with: the other person, the phone number, or the meeting's size. */
    public static String otherParty(CallRecord call, Masking masking) {
        List<Identity> everyone = CallParticipants.of(call);
        return otherParty(call.kind(), everyone, everyone.size(), masking);
    }

    /** The same from a list's summary of the call, which keeps the parties of a 1:1 or phone call only. */
    public static String otherParty(CallSummary call, Masking masking) {
        return otherParty(call.kind(), call.parties(), call.partyCount(), masking);
    }

    private static String otherParty(CallKind kind, List<Identity> parties, int count, Masking masking) {
        if (kind == CallKind.MEETING) {
            return count + " participants";
        }
        return parties.stream()
                .filter(i -> !masking.isSearchedUser(i))
                .map(masking::nameOf)
                .findFirst()
                .orElse("Unknown");
    }

    /**
     * Everyone who took part, as the asker may see them. Names an asker may not see collapse into counts
     * ("12 Internal Users"), which says as much and keeps a large meeting's card small.
     */
    public static List<String> participants(CallRecord call, Masking masking) {
        List<String> named = new ArrayList<>();
        Map<String, Integer> masked = new TreeMap<>();
        for (Identity identity : CallParticipants.of(call)) {
            String name = masking.nameOf(identity);
            if (name.equals(Masking.INTERNAL_USER) || name.equals(Masking.EXTERNAL_USER)) {
                masked.merge(name, 1, Integer::sum);
            } else {
                named.add(name);
            }
        }
        masked.forEach((name, count) -> named.add(count == 1 ? name : count + " " + name + "s"));
        return named;
    }
}
