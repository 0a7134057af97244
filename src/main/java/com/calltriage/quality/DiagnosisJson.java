package com.calltriage.quality;

import com.calltriage.callrecord.Identity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Diagnoses as JSON, the form they are stored in next to their call record; and the small parts of a
 * {@link CallSummary} that are not plain columns: a main cause and the parties of a call.
 */
public final class DiagnosisJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
            .build();

    private static final TypeReference<List<Identity>> IDENTITIES = new TypeReference<>() {
    };

    private DiagnosisJson() {
    }

    /** A main cause as stored beside a participant; null for none. */
    public static String writeReason(Reason reason) {
        return reason == null ? null : writeValue(reason);
    }

    /** @throws IllegalArgumentException when the JSON is not a stored reason */
    public static Reason readReason(String json) {
        return json == null ? null : readValue(json, Reason.class);
    }

    /** The parties a list names for a call, as stored beside it. */
    public static String writeParties(List<Identity> parties) {
        return writeValue(parties);
    }

    /** @throws IllegalArgumentException when the JSON is not a stored list of parties */
    public static List<Identity> readParties(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, IDENTITIES);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not stored parties: " + e.getOriginalMessage(), e);
        }
    }

    private static String writeValue(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list summary could not be written as JSON", e);
        }
    }

    private static <T> T readValue(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    e);
        }
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
