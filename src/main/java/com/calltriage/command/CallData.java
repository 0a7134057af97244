package com.calltriage.command;

import com.calltriage.building.BuildingStore;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.quality.DiagnosisStore;
import com.calltriage.quality.QualityRules;

/**
 * Where the commands read from: the call records, their diagnoses, the building file and the directory.
 *
 * @param calls     the call records and the users who took part in them
 * @param diagnoses the verdict and reasons computed for each record
 * @param buildings the networks of the loaded building file, for engineers' views
 * @param directory people not yet seen in a call, asked only when the store knows nobody by that name
 * @param rules     the rules the diagnoses were made with, to colour each value engineers see the same way
 */
public record CallData(CallRecordStore calls, DiagnosisStore diagnoses, BuildingStore buildings,
                       UserDirectory directory, QualityRules rules) {

    /** With the standard rules. */
    public CallData(CallRecordStore calls, DiagnosisStore diagnoses, BuildingStore buildings,
                    UserDirectory directory) {
        this(calls, diagnoses, buildings, directory, QualityRules.standard());
    }

    /** Without a directory: only people seen in stored calls can be found. */
    public CallData(CallRecordStore calls, DiagnosisStore diagnoses, BuildingStore buildings) {
        this(calls, diagnoses, buildings, UserDirectory.NONE);
    }
}
