package com.calltriage.store;

import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.Modality;
import com.calltriage.quality.CallDiagnoser;
import com.calltriage.quality.CallDiagnosis;
import com.calltriage.quality.CallSummary;
import com.calltriage.quality.DiagnosisJson;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A record with everything derived from it that is stored beside it, worked out before any transaction opens: the
 * diagnosis and what the record's list rows say. Making these is the costly part of storing, and needs no database.
 *
 * @param record        the parsed record
 * @param rawJson       the record as received
 * @param diagnosis     its diagnosis under the current rules
 * @param diagnosisJson the diagnosis as stored
 * @param participants  everyone who took part, de-duplicated
 * @param partiesJson   the parties a list names, as stored
 * @param modalities    the media, as stored
 */
record PreparedCall(CallRecord record, String rawJson, CallDiagnosis diagnosis, String diagnosisJson,
                    List<Identity> participants, String partiesJson, String modalities) {

    static PreparedCall of(CallRecord record, String rawJson, CallDiagnoser diagnoser) {
        CallDiagnosis diagnosis = diagnoser.diagnose(record);
        List<Identity> participants = CallParticipants.of(record);
        return new PreparedCall(record, rawJson, diagnosis, DiagnosisJson.write(diagnosis), participants,
                DiagnosisJson.writeParties(CallSummary.partiesOf(record.kind(), participants)),
                record.modalities().stream().sorted().map(Modality::name).collect(Collectors.joining(",")));
    }

    long startMs() {
        return record.start().toEpochMilli();
    }

    Long endMs() {
        return record.end() == null ? null : record.end().toEpochMilli();
    }

    /** The summary a list shows of this call for one of its users. */
    CallSummary summaryFor(String userId) {
        return CallSummary.of(record, diagnosis, userId);
    }
}
