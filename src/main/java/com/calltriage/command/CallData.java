package com.calltriage.command;

import com.calltriage.building.BuildingStore;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.quality.DiagnosisStore;

/**
 * Where the commands read from: the call records, their diagnoses, the building file and the directory.
 *
 * @param calls     the call records and the users who took part in them
 * @param diagnoses the verdict and reasons computed for each record
 * @param buildings the networks of the loaded building file, for engineers' views
 * @param directory people not yet seen in a call, asked only when the store knows nobody by that name
 */
public record CallData(CallRecordStore calls, DiagnosisStore diagnoses, BuildingStore buildings,
                       UserDirectory directory) {

    /** Without a directory: only people seen in stored calls can be found. */
    public CallData(CallRecordStore calls, DiagnosisStore diagnoses, BuildingStore buildings) {
        this(calls, diagnoses, buildings, UserDirectory.NONE);
    }
}
