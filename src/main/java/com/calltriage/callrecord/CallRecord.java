package com.calltriage.callrecord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Microsoft Graph {@code callRecord} with its sessions and segments: one call or one meeting.
 *
 * @param id           Graph's id (the same for all versions of the record)
 * @param version      rises with each update of the record
 * @param type         1:1 or group call
 * @param modalities   the media used in the call
 * @param start        when the first participant joined
 * @param end          when the last participant left; may be null while Graph still completes it
 * @param lastModified may be null
 * @param joinWebUrl   the meeting link; null for calls
 * @param organizer    may be null
 * @param participants everyone who took part
 * @param sessions     one per connection; empty when the record came without them
 */
public record CallRecord(String id, long version, CallType type, Set<Modality> modalities, Instant start,
                         Instant end, Instant lastModified, String joinWebUrl, Participant organizer,
                         List<Participant> participants, List<Session> sessions) {
    public CallRecord {
        modalities = Set.copyOf(modalities);
        participants = List.copyOf(participants);
        sessions = List.copyOf(sessions);
    }

    public Optional<Duration> duration() {
        return end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
    }

    /** What helpdesk staff call the call: a meeting, a phone call or a 1:1 Teams call. */
    public CallKind kind() {
        if (type == CallType.GROUP_CALL || joinWebUrl != null) {
            return CallKind.MEETING;
        }
        boolean phone = participants.stream().anyMatch(p -> p.identity().isPhone());
        return phone ? CallKind.PSTN : CallKind.ONE_TO_ONE;
    }
}
