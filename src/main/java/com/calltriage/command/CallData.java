package com.calltriage.command;

import com.calltriage.building.BuildingStore;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.quality.DiagnosisStore;

/**
 * Where the commands read from: the call records, their diagnoses, and the building file.
 *
 * @param calls     the call records and the users who took part in them
 * @param diagnoses the verdict and reasons computed for each record
 * @param buildings the networks of the loaded building file, for engineers' views
 */
public record CallData(CallRecordStore calls, DiagnosisStore diagnoses, BuildingStore buildings) {
}
