package com.calltriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeNotificationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final String CALL = "e523d2ed-2966-4b6b-925b-754a88034cc5";

    @Test
    void recordIdComesFromResourceDataFirst() throws Exception {
        assertThat(queued("{\"changeType\": \"created\", \"resource\": \"communications/callRecords/other-id\","
                + " \"resourceData\": {\"@odata.type\": \"#microsoft.graph.callrecord\", \"id\": \"" + CALL + "\"}}"))
                .contains(new QueuedNotification(CALL, "created", NINE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"communications/callRecords/" + CALL, "/communications/callRecords/" + CALL,
        "communications/callrecords/" + CALL, "communications/callRecords('" + CALL + "')"})
    void recordIdComesFromTheResourcePathWithoutResourceData(String resource) throws Exception {
        assertThat(queued("{\"changeType\": \"updated\", \"resource\": \"" + resource + "\"}"))
                .map(QueuedNotification::callRecordId).contains(CALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"resource\": \"/communications/callRecords\"}",
        "{\"resource\": \"users/" + CALL + "/messages/" + CALL + "\"}",
        "{\"resourceData\": {\"id\": \"call id with spaces\"}}",
        "{\"resourceData\": {\"id\": 42}}",
        "{}"
    })
    void notificationNamingNoCallRecordIsNotQueued(String notification) throws Exception {
        assertThat(queued(notification)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"created, created", "updated, updated", "NULL, unknown", "'up dated', unknown"},
            nullValues = "NULL")
    void changeTypeIsKeptWhenItIsAWord(String sent, String kept) {
        var notification = JSON.createObjectNode().put("resource", "communications/callRecords/" + CALL);
        if (sent != null) {
            notification.put("changeType", sent);
        }

        assertThat(ChangeNotification.queued(notification, NINE)).map(QueuedNotification::changeType).contains(kept);
    }

    private static Optional<QueuedNotification> queued(String json) throws Exception {
        JsonNode notification = JSON.readTree(json);
        return ChangeNotification.queued(notification, NINE);
    }
}
