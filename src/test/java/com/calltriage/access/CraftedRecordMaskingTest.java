package com.calltriage.access;

import static com.calltriage.testing.DemoFixtures.objectId;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.ChatRequest;
import com.calltriage.command.CommandDispatcher;
import com.calltriage.command.reply.FileReply;
import com.calltriage.command.reply.Reply;
import com.calltriage.demo.DemoCall;
import com.calltriage.testing.ChatFixture;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.FakeCallRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Masking of data shaped in ways the demo does not produce: a join link carrying the organizer's object id,
 * phone numbers with extensions and {@code tel:} prefixes, raw client headers and failure reasons that name hosts
 * and addresses. Every command that shows a call (list, details, debug, export) is asked by every support role, and
 * what it answers is searched for each secret the role may not see.
 */
class CraftedRecordMaskingTest {
    private static final String ORGANIZER_OID = "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f";
    private static final String JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5%40thread.v2/0"
            + "?context=%7b%22Tid%22%3a%22dc368399%22%2c%22Oid%22%3a%22" + ORGANIZER_OID + "%22%7d";
    private static final String HEADER = "CallSignalingAgent (host-17.corp.contoso.local; 10.20.30.40) Teams/1.6 "
            + "Windows";
    private static final String FAILURE = "Ms-diag 21: relay 10.99.88.77 unreachable from gw01.corp.contoso.local";
    /** What only engineers and admins may read. */
    private static final List<String> ENGINEERS_ONLY = List.of(ORGANIZER_OID, "context=", "host-17", "10.20.30.40",
            "10.99.88.77", "gw01");

    private final AdaptiveCardRenderer cards = new AdaptiveCardRenderer();

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "+14255550123;ext=4567, +14255550***",
        "tel:+14255550123, +14255550***",
        "+4930555501234 x789, +4930555501***",
        "tel:+1-425-555-0123;phone-context=contoso.com, +1-425-555-0***"
    })
    void noRoleReadsWhatItsRoleMayNotSee(String number, String masked) {
        FakeCallRecordStore store = new FakeCallRecordStore();
        String meeting = store(store, crafted(CallKind.MEETING, number));
        String phoneCall = store(store, crafted(CallKind.PSTN, number));
        CommandDispatcher dispatcher = ChatFixture.demo().store(store).dispatcher();
        String digits = number.replaceAll("\\D", "");
        List<String> phoneSecrets = List.of(digits, digits.substring(digits.length() - 3),
                number.contains("x") ? "789" : "4567");

        for (Map.Entry<String, Caller> asker : Map.of("specialist", ChatFixture.caller("sam", "Sam Rivera"),
                "engineer", ChatFixture.caller("erin", "Erin Cole"), "admin", ChatFixture.caller("adam", "Adam Li"))
                .entrySet()) {
            List<String> answers = new ArrayList<>();
            answers.add(ask(dispatcher, asker.getValue(), "show last calls for alice"));
            answers.add(ask(dispatcher, asker.getValue(), "details " + meeting + " for alice"));
            answers.add(ask(dispatcher, asker.getValue(), "details " + phoneCall + " for alice"));
            answers.add(ask(dispatcher, asker.getValue(), "export calls for alice"));
            boolean engineer = !asker.getKey().equals("specialist");
            if (engineer) {
                answers.add(ask(dispatcher, asker.getValue(), "debug " + meeting + " for alice"));
                answers.add(ask(dispatcher, asker.getValue(), "debug " + phoneCall + " for alice"));
            }
            String everything = String.join("\n", answers);

            assertThat(everything).as("%s's answers", asker.getKey()).contains(masked)
                    .doesNotContain(phoneSecrets.stream().map(secret -> secret.length() > 3 ? secret
                            : masked.replace("***", secret)).toList());
            if (engineer) {
                assertThat(everything).as("%s's answers", asker.getKey())
                        .contains(ORGANIZER_OID, "host-17.corp.contoso.local", "10.99.88.77");
            } else {
                assertThat(ENGINEERS_ONLY).as("secrets in the specialist's answers")
                        .noneMatch(everything::contains);
                assertThat(everything).contains("meetup-join", "Teams on Windows",
                        "Ms-diag 21: the network blocked the media connection");
            }
        }
    }

    private String ask(CommandDispatcher dispatcher, Caller caller, String text) {
        Reply reply = dispatcher.answer(new ChatRequest(text, caller, "personal-chat-" + caller.objectId()));
        return reply instanceof FileReply file ? new String(file.content(), StandardCharsets.UTF_8)
                : cards.render(reply).toString();
    }

    /** A demo call of Alice's of that kind, reshaped: the join link, the number, the headers and a failure. */
    private static ObjectNode crafted(CallKind kind, String number) {
        DemoCall call = DemoFixtures.demoCalls().stream()
                .filter(c -> c.kind() == kind && c.json().toString().contains(objectId("alice")))
                .filter(c -> kind != CallKind.PSTN || c.json().toString().contains("\"phone\""))
                .findFirst().orElseThrow();
        ObjectNode json = call.json().deepCopy();
        if (kind == CallKind.MEETING) {
            json.put("joinWebUrl", JOIN_URL);
        }
        json.findParents("phone").forEach(identity -> ((ObjectNode) identity.get("phone")).put("id", number));
        for (JsonNode agent : json.findValues("userAgent")) {
            if (agent.path("@odata.type").asText().contains("clientUserAgent")) {
                ((ObjectNode) agent).remove(List.of("platform", "productFamily"));
                ((ObjectNode) agent).put("headerValue", HEADER);
            }
        }
        ObjectNode session = (ObjectNode) json.path("sessions").path(0);
        session.putObject("failureInfo").put("stage", "midcall").put("reason", FAILURE);
        return json;
    }

    private static String store(FakeCallRecordStore store, ObjectNode json) {
        store.upsert(new CallRecordParser().parse(json), json.toString());
        return json.path("id").asText();
    }
}
