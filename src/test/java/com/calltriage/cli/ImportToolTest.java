package com.calltriage.cli;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.CallRecordJson.page;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.DemoFixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code import PATH...}: what was stored and rejected, file by file, and the exit status that sums it up. */
class ImportToolTest extends SubCommandsFixture {

    @Test
    void cleanFilesExitWithZeroAndASummary() throws IOException {
        Path file = write("calls.json", page(call("call-a").with(alice()), call("call-b").with(bob())));

        int status = subCommands.run("import", file.toString());

        assertThat(status).isZero();
        assertThat(printed()).containsExactly(
                "stored    call-a v1 (" + file + " [record 1])",
                "stored    call-b v1 (" + file + " [record 2])",
                "2 stored, 0 updated, 0 unchanged, 0 rejected");
        assertThat(store.countCalls()).isEqualTo(2);
    }

    @Test
    void anyRejectionExitsWithOneAfterStoringTheRest() throws IOException {
        Path good = write("good.json", call("call-a").with(alice()).json());
        Path bad = write("bad.json", call("call-b").with(bob()).without("version").json());

        int status = subCommands.run("import", good.toString(), bad.toString());

        assertThat(status).isEqualTo(1);
        assertThat(printed()).contains("rejected  " + bad + ": callRecord call-b: no version",
                "1 stored, 0 updated, 0 unchanged, 1 rejected");
        assertThat(store.findById("call-a")).isPresent();
    }

    @Test
    void missingPathExitsWithOne() {
        Path missing = folder.resolve("not-there.json");

        int status = subCommands.run("import", missing.toString());

        assertThat(status).isEqualTo(1);
        assertThat(printed()).containsExactly("rejected  " + missing + ": no such file or folder",
                "0 stored, 0 updated, 0 unchanged, 1 rejected");
    }

    @Test
    void secondImportOfTheSameFilesExitsWithZeroAndChangesNothing() throws IOException {
        write("calls.json", page(call("call-a").with(alice()), call("call-b").with(bob())));
        subCommands.run("import", folder.toString());
        out.reset();

        int status = subCommands.run("import", folder.toString());

        assertThat(status).isZero();
        assertThat(printed()).last().isEqualTo("0 stored, 0 updated, 2 unchanged, 0 rejected");
        assertThat(store.countCalls()).isEqualTo(2);
    }

    @Test
    void withoutAPathExitsWithTwoAndSaysHowToUseIt() {
        int status = subCommands.run("import");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("import PATH...");
        assertThat(printed()).isEmpty();
    }

    @Test
    void optionsAreNotTakenForPaths() throws IOException {
        Path file = write("calls.json", call("call-a").with(alice()).json());

        int status = subCommands.run("--calltriage.store.url=jdbc:h2:mem:elsewhere", "import",
                "--calltriage.tenant-id=" + DemoFixtures.HOME_TENANT, file.toString());

        assertThat(status).isZero();
        assertThat(printed()).containsExactly("stored    call-a v1 (" + file + ")",
                "1 stored, 0 updated, 0 unchanged, 0 rejected");
    }

    @Test
    void onlyOptionsAfterImportIsStillAMissingPath() {
        int status = subCommands.run("import", "--calltriage.store.url=jdbc:h2:mem:elsewhere");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("import PATH...");
    }
}
