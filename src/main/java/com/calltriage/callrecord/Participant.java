package com.calltriage.callrecord;

/**
 * A participant of a call record ({@code participants_v2} entry, or an identity set from the older
 * {@code participants} list, which has no participant id).
 *
 * @param participantId Graph's participant id; null for records in the older form
 * @param identity      who the participant is
 */
public record Participant(String participantId, Identity identity) {
}
