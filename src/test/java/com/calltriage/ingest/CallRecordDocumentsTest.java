package com.calltriage.ingest;

import static com.calltriage.testing.GraphFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.ingest.CallRecordDocuments.Read;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallRecordDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = """
            {
              "@odata.context" : "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords",
              "value" : [ {
                "id" : "first",
                "version" : 1,
                "organizer" : { "user" : { "displayName" : "Zoë \\"Z\\" O'Neil", "tenantId" : "t 1" } },
                "note" : "a \\\\ b\\n\\u00e9 \\t",
                "streams" : [ 1.5E-3, -2, true, null ]
              },
              {"id":"second","version":2} ],
              "@odata.nextLink" : "https://graph.microsoft.com/v1.0/communications/callRecords?$skiptoken=x y"
            }
            """;

    @TempDir
    Path folder;

    private final CallRecordDocuments documents = new CallRecordDocuments();

    private List<Read> readFile(byte[] content) throws IOException {
        Path file = folder.resolve("page.json");
        Files.write(file, content);
        return documents.file(file);
    }

    @Test
    void eachRecordOfAPageFileComesWithItsOwnTextAsTheFileSaysItWithoutTheSpacing() throws IOException {
        List<Read> read = readFile(PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(read).extracting(Read::text).containsExactly(
                "{\"id\":\"first\",\"version\":1,\"organizer\":{\"user\":{\"displayName\":\"Zoë \\\"Z\\\" O'Neil\","
                        + "\"tenantId\":\"t 1\"}},\"note\":\"a \\\\ b\\n\\u00e9 \\t\",\"streams\":[1.5E-3,-2,true,null]}",
                "{\"id\":\"second\",\"version\":2}");
        for (Read one : read) {
            assertThat(JSON.readTree(one.json())).isEqualTo(one.node());
        }
        assertThat(read).extracting(Read::source).containsExactly(folder.resolve("page.json") + " [record 1]",
                folder.resolve("page.json") + " [record 2]");
    }

    @Test
    void aByteOrderMarkMovesNoCut() throws IOException {
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        marked.write(PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(readFile(marked.toByteArray())).extracting(Read::text)
                .containsExactlyElementsOf(readFile(PAGE.getBytes(StandardCharsets.UTF_8)).stream().map(Read::text)
                        .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"peer-to-peer-wifi.json", "meeting-legacy-identities.json"})
    void aGraphRecordCutFromAPrettyPageReadsAsJacksonWritesItCompact(String fixture) throws IOException {
        JsonNode record = load(fixture);
        String page = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                JSON.createObjectNode().set("value", JSON.createArrayNode().add(record)));

        assertThat(readFile(page.getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(Read::text).isEqualTo(record.toString());
    }

    @Test
    void aDocumentWithAnIdOfItsOwnIsOneRecordWhateverItsValueHolds() throws IOException {
        List<Read> read = readFile("{\"id\": \"call\", \"value\": [{\"id\": \"not a record\"}]}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read).singleElement().satisfies(one -> {
            assertThat(one.node().get("id").asText()).isEqualTo("call");
            assertThat(one.json()).isEqualTo(one.node().toString());
        });
    }

    @Test
    void aPageWhoseValueIsNoListIsRejectedAsBefore() throws IOException {
        assertThat(readFile("{\"value\": {\"id\": \"x\"}}".getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(Read::rejection).isEqualTo("not a page of call records: \"value\" is not a list");
    }

    @Test
    void aPageBrokenHalfWayIsRejectedWholeWithItsLine() throws IOException {
        assertThat(readFile("{\"value\": [\n{\"id\": \"a\"},\n{\"id\": \"b\",,}]}".getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(Read::rejection).asString()
                .startsWith("not JSON: ").endsWith(" at line 3");
    }

    @Test
    void anElementThatIsNoObjectIsKeptForTheParserToReject() throws IOException {
        List<Read> read = readFile("{\"value\": [42, null, {\"id\": \"a\"}]}".getBytes(StandardCharsets.UTF_8));

        assertThat(read).extracting(one -> one.json()).containsExactly("42", "null", "{\"id\":\"a\"}");
    }
}
