package com.calltriage.ingest;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.CallRecordJson.page;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static com.calltriage.testing.GraphUser.carol;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.UpsertOutcome;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphUser;
import com.calltriage.testing.H2Database;
import com.calltriage.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallRecordImporterTest {
    private static final String GRAPH_USER = """
            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
              "businessPhones": ["+1 425 555 0109"],
              "displayName": "Adele Vance",
              "givenName": "Adele",
              "jobTitle": "Retail Manager",
              "mail": "AdeleV@contoso.com",
              "officeLocation": "18/2111",
              "preferredLanguage": "en-US",
              "surname": "Vance",
              "userPrincipalName": "AdeleV@contoso.com",
              "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"
            }
            """;

    @TempDir
    Path folder;

    private final H2Database database = H2Database.migrated();
    private final JdbcCallRecordStore store =
            new JdbcCallRecordStore(database.dataSource(), new TestClock(Instant.parse("2026-11-20T12:00:00Z")));
    private final CallRecordImporter importer = new CallRecordImporter(store);
    private final List<String> printed = new ArrayList<>();

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void singleCallRecordFileIsStoredAndPrinted() throws IOException {
        CallRecordJson call = call("e523d2ed-2966-4b6b-925b-754a88034cc5").version(2).with(alice(), bob());
        Path file = write("e523d2ed.json", call.json());

        ImportReport report = importPaths(file);

        assertThat(store.findById(call.id())).contains(call.record());
        assertThat(printed).containsExactly("stored    e523d2ed-2966-4b6b-925b-754a88034cc5 v2 (" + file + ")");
        assertThat(report.count(UpsertOutcome.INSERTED)).isEqualTo(1);
        assertThat(report.rejected()).isZero();
        assertThat(report.summary()).isEqualTo("1 stored, 0 updated, 0 unchanged, 0 rejected");
    }

    @Test
    void pageStoresItsGoodRecordsAndRejectsTheBadOneNamingFileAndRecordNumber() throws IOException {
        Path file = write("callRecords-2026-11-18.json", page(
                call("good-1").with(alice()),
                call("bad-2").with(bob()).without("startDateTime"),
                call("good-3").with(carol())));

        ImportReport report = importPaths(file);

        assertThat(printed).containsExactly(
                "stored    good-1 v1 (" + file + " [record 1])",
                "rejected  " + file + " [record 2]: callRecord bad-2: no startDateTime",
                "stored    good-3 v1 (" + file + " [record 3])");
        assertThat(store.findById("good-1")).isPresent();
        assertThat(store.findById("bad-2")).isEmpty();
        assertThat(store.findById("good-3")).isPresent();
        assertThat(report.summary()).isEqualTo("2 stored, 0 updated, 0 unchanged, 1 rejected");
    }

    @Test
    void folderIsWalkedRecursivelyForJsonFilesOnly() throws IOException {
        write("a.json", call("call-a").with(alice()).json());
        write("2026/11/callRecords-2026-11-18.json", page(call("call-b1").with(bob()), call("call-b2").with(carol())));
        write("2026/11/EXPORT.JSON", call("call-c").with(bob()).json());
        write("notes.txt", call("call-in-a-text-file").with(alice()).json());
        write("2026/demo-troubles.tsv", "call_id\tkind\ttrouble\ttroubled_user_id\n");

        ImportReport report = importPaths(folder);

        assertThat(report.summary()).isEqualTo("4 stored, 0 updated, 0 unchanged, 0 rejected");
        assertThat(printed).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("stored    "));
        assertThat(store.countCalls()).isEqualTo(4);
        assertThat(store.findById("call-c")).isPresent();
        assertThat(store.findById("call-in-a-text-file")).isEmpty();
    }

    @Test
    void fileThatIsNotJsonIsRejectedWithTheReason() throws IOException {
        Path file = write("export.json", "call_id,start,user\ne523d2ed,2026-11-18T09:00:00Z,alice\n");

        ImportReport report = importPaths(file);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(printed).singleElement().asString()
                .startsWith("rejected  " + file + ": not JSON: ")
                .endsWith("at line 1");
        assertThat(store.countCalls()).isZero();
    }

    @Test
    void graphUserObjectIsRejectedAsNotACallRecord() throws IOException {
        Path file = write("adele.json", GRAPH_USER);

        ImportReport report = importPaths(file);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(printed).singleElement().asString()
                .startsWith("rejected  " + file + ": not a call record");
        assertThat(store.countCalls()).isZero();
        assertThat(store.findUsers("adelev", 10)).isEmpty();
    }

    @Test
    void typedGraphObjectOfAnotherKindIsRejectedByItsType() throws IOException {
        Path file = write("directory.json", """
                {"value": [{"@odata.type": "#microsoft.graph.user", "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd",
                            "displayName": "Adele Vance", "userPrincipalName": "AdeleV@contoso.com"}]}
                """);

        importPaths(file);

        assertThat(printed).containsExactly("rejected  " + file
                + " [record 1]: not a call record: @odata.type is #microsoft.graph.user");
        assertThat(store.countCalls()).isZero();
    }

    @Test
    void missingPathIsRejectedAndTheOtherPathsStillImported() throws IOException {
        Path missing = folder.resolve("no-such-export");
        Path file = write("call.json", call("call-a").with(alice()).json());

        ImportReport report = importPaths(missing, file);

        assertThat(printed).containsExactly(
                "rejected  " + missing + ": no such file or folder",
                "stored    call-a v1 (" + file + ")");
        assertThat(report.summary()).isEqualTo("1 stored, 0 updated, 0 unchanged, 1 rejected");
    }

    @Test
    void importingTheSameFilesTwiceChangesNothing() throws IOException {
        write("one.json", call("call-a").with(alice()).json());
        write("day/page.json", page(call("call-b").with(bob()), call("call-c").with(alice(), carol())));
        importPaths(folder);
        printed.clear();

        ImportReport again = importPaths(folder);

        assertThat(again.summary()).isEqualTo("0 stored, 0 updated, 3 unchanged, 0 rejected");
        assertThat(printed).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("unchanged "));
        assertThat(store.countCalls()).isEqualTo(3);
    }

    @Test
    void newerVersionUpdatesAndAnOlderOneIsReportedOutdated() throws IOException {
        Path v2 = write("v2.json", call("call-a").version(2).with(alice(), carol()).json());
        Path v1 = write("v1.json", call("call-a").version(1).with(alice(), bob()).json());
        Path v3 = write("v3.json", call("call-a").version(3).with(alice(), bob()).json());

        importPaths(v2);
        importPaths(v1);
        ImportReport last = importPaths(v3);

        assertThat(printed).containsExactly(
                "stored    call-a v2 (" + v2 + ")",
                "outdated  call-a v1 (" + v1 + ")",
                "updated   call-a v3 (" + v3 + ")");
        assertThat(last.summary()).isEqualTo("0 stored, 1 updated, 0 unchanged, 0 rejected");
        assertThat(store.findById("call-a")).get().extracting(CallRecord::version).isEqualTo(3L);
    }

    @Test
    void recordTheStoreCannotHoldIsRejectedAndTheRestOfTheFileStillImported() throws IOException {
        GraphUser unstorable = new GraphUser("x".repeat(256), "Too Long", GraphUser.CONTOSO, "toolong@contoso.com");
        Path file = write("page.json", page(
                call("call-a").with(alice(), unstorable),
                call("call-b").with(bob())));

        ImportReport report = importPaths(file);

        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)).startsWith("rejected  " + file + " [record 1]: could not be stored: ")
                .containsIgnoringCase("too long");
        assertThat(printed.get(1)).isEqualTo("stored    call-b v1 (" + file + " [record 2])");
        assertThat(report.summary()).isEqualTo("1 stored, 0 updated, 0 unchanged, 1 rejected");
        assertThat(store.findById("call-a")).isEmpty();
        assertThat(store.findUser(alice().id())).isEmpty();
    }

    private ImportReport importPaths(Path... paths) {
        return importer.importPaths(List.of(paths), printed::add);
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
