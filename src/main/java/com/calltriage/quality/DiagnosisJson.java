package com.calltriage.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Diagnoses as JSON, the form they are stored in next to their call record. */
public final class DiagnosisJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
            .build();

    private DiagnosisJson() {
    }

    public static String write(CallDiagnosis diagnosis) {
        try {
            return JSON.writeValueAsString(diagnosis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A diagnosis could not be written as JSON", e);
        }
    }

    /** @throws IllegalArgumentException when the JSON is not a stored diagnosis */
    public static CallDiagnosis read(String json) {
        try {
            return JSON.readValue(json, CallDiagnosis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a stored diagnosis: " + e.getOriginalMessage(), e);
        }
    }
}
