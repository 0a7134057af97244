package com.calltriage.quality;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Modality;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a list row says about one call for one of its users, and nothing more: made when the record is stored and
 * kept beside it, so a list reads neither the record as received nor its whole diagnosis. Unmasked: masking runs
 * on it for the person asking, like on a record.
 *
 * @param callId     Graph's call record id
 * @param start      when the call started, to the millisecond as the store keeps it
 * @param end        when it ended, to the millisecond; null while it has no end time
 * @param kind       1:1, PSTN or meeting
 * @param modalities the media the call used
 * @param parties    everyone who took part, for a 1:1 or phone call; empty for a meeting, whose size says enough
 * @param partyCount how many took part
 * @param verdict    how the call went for the user
 * @param mainCause  the likely main cause of a Poor verdict for the user; null otherwise
 */
public record CallSummary(String callId, Instant start, Instant end, CallKind kind, Set<Modality> modalities,
                          List<Identity> parties, int partyCount, Verdict verdict, Reason mainCause) {
    public CallSummary {
        modalities = Set.copyOf(modalities);
        parties = List.copyOf(parties);
    }

    /** The summary of a call for one of its users, from the record and its current diagnosis. */
    public static CallSummary of(CallRecord record, CallDiagnosis diagnosis, String userId) {
        List<Identity> everyone = CallParticipants.of(record);
        Diagnosis own = diagnosis == null ? null : diagnosis.forParticipant(userId, record.kind() == CallKind.MEETING);
        return new CallSummary(record.id(), toMillis(record.start()), toMillis(record.end()), record.kind(),
                record.modalities(),
                partiesOf(record.kind(), everyone), everyone.size(),
                own == null ? Verdict.UNAVAILABLE : own.verdict(), own == null ? null : own.mainCause().orElse(null));
    }

    /** Who a list names for a call of this kind: everyone in a 1:1 or phone call, nobody in a meeting. */
    public static List<Identity> partiesOf(CallKind kind, List<Identity> everyone) {
        return kind == CallKind.MEETING ? List.of() : everyone;
    }

    private static Instant toMillis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public Optional<Duration> duration() {
        return end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
    }
}
