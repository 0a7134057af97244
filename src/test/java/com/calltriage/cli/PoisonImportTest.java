package com.calltriage.cli;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records built to break the reader, in one folder with good ones: every good record is stored, each poison one
 * is rejected on a line of its own with its reason, and the import ends with status 1 instead of a stack trace.
 */
class PoisonImportTest extends SubCommandsFixture {

    @Test
    void aFolderWithPoisonRecordsStoresEveryGoodOneAndNamesEachBadOne() throws IOException {
        write("01-good.json", call("good-1").with(alice()).json());
        write("02-jitter.json", withStreamValue(call("bad-jitter").with(alice(), bob()).node(), "PT9999999999S"));
        write("03-deep.json", "[".repeat(5_000) + "]".repeat(5_000));
        write("04-infinite-version.json", call("bad-inf").with(alice()).node().put("version", "INF").toString());
        write("05-huge-version.json", call("bad-huge").with(alice()).json().replace("\"version\":1", "\"version\":1e400"));
        write("06-negative-version.json", call("bad-negative").with(alice()).node().put("version", -5).toString());
        write("07-bom.json", "\uFEFF" + call("good-bom").with(bob()).json());
        write("08-good.json", call("good-2").with(bob()).json());

        int status = subCommands.run("import", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(store.findById("good-1")).isPresent();
        assertThat(store.findById("good-bom")).isPresent();
        assertThat(store.findById("good-2")).isPresent();
        List<String> rejected = printed().stream().filter(line -> line.startsWith("rejected")).toList();
        assertThat(rejected).hasSize(5).anySatisfy(line -> assertThat(line)
                        .contains("02-jitter.json", "averageJitter", "'PT9999999999S' is longer than any call lasts"))
                .anySatisfy(line -> assertThat(line).contains("03-deep.json", "not JSON", "nesting depth"))
                .anySatisfy(line -> assertThat(line).contains("04-infinite-version.json",
                        "callRecord bad-inf.version: 'INF' is not a whole number from 0 to 2^53"))
                .anySatisfy(line -> assertThat(line).contains("05-huge-version.json", "is not a whole number"))
                .anySatisfy(line -> assertThat(line).contains("06-negative-version.json", "'-5' is not a whole number"));
        assertThat(printed()).last().isEqualTo("3 stored, 0 updated, 0 unchanged, 5 rejected");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedAsNotJsonAndTheNextIsStillStored() throws IOException {
        Files.write(folder.resolve("01-latin1.json"), call("bad-latin1").with(alice()).json()
                .replace("Alice Wong", "Zo\u00eb Wong").getBytes(StandardCharsets.ISO_8859_1));
        write("02-good.json", call("good-1").with(bob()).json());

        int status = subCommands.run("import", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(store.findById("bad-latin1")).isEmpty();
        assertThat(store.findById("good-1")).isPresent();
        assertThat(printed()).anySatisfy(line -> assertThat(line).startsWith("rejected")
                .contains("01-latin1.json", "not JSON", "UTF-8"));
    }

    /** A call with one session whose audio stream reports the given average jitter. */
    private static String withStreamValue(ObjectNode record, String jitter) {
        ObjectNode stream = record.putArray("sessions").addObject().put("id", "s1")
                .putArray("segments").addObject().put("id", "g1")
                .putArray("media").addObject().put("label", "main-audio")
                .putArray("streams").addObject();
        stream.put("streamDirection", "callerToCallee").put("averageJitter", jitter);
        return record.toString();
    }
}
