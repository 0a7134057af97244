package com.calltriage.command;

import com.calltriage.access.PartyMasking;
import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Modality;
import java.util.List;
import java.util.stream.Collectors;

/** What the list and the details card say about any call: its media and who it was with, masked. */
final class CallFacts {
    private final PartyMasking masking;

    CallFacts(PartyMasking masking) {
        this.masking = masking;
    }

    static String media(CallRecord call) {
        return call.modalities().stream().sorted().map(Modality::label).collect(Collectors.joining(", "));
    }

    static int participantCount(CallRecord call) {
        return CallParticipants.of(call).size();
    }

    /** Who the call was with: the other person, the phone number, or the meeting's size. */
    String otherParty(CallRecord call, String subjectId) {
        List<Identity> everyone = CallParticipants.of(call);
        if (call.kind() == CallKind.MEETING) {
            return everyone.size() + " participants";
        }
        return everyone.stream()
                .filter(i -> !i.id().equalsIgnoreCase(String.valueOf(subjectId)))
                .map(i -> masking.nameOf(i, subjectId))
                .findFirst()
                .orElse("Unknown");
    }

    String nameOf(Identity identity, String subjectId) {
        return masking.nameOf(identity, subjectId);
    }
}
