package com.calltriage;

import static com.calltriage.testing.CallRecordJson.call;
import static com.calltriage.testing.GraphUser.alice;
import static com.calltriage.testing.GraphUser.bob;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.CallRecord;
import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.testing.CallRecordJson;
import com.calltriage.testing.GraphAtWireMock;
import com.calltriage.testing.GraphUser;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The sub-commands run with the same configuration as the server, given as command-line properties. */
class CommandLineTest {
    private static final String CALL_RECORDS = "/v1.0/communications/callRecords";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path folder;

    @Test
    void demoDataThenImportFillTheStoreNamedOnTheCommandLine() throws Exception {
        Path demo = folder.resolve("demo");
        String store = "--calltriage.store.url=jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();

        assertThat(CallTriageApplication.runSubCommand("demo-data", "demo-data", demo.toString(), store)).isZero();
        assertThat(CallTriageApplication.runSubCommand("import", store, "import", demo.toString())).isZero();

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(store.substring(store.indexOf('=') + 1));
        long calls = new JdbcCallRecordStore(h2, Clock.systemUTC()).countCalls();
        long lines = Files.readAllLines(demo.resolve("demo-troubles.tsv")).size() - 1;
        assertThat(calls).isEqualTo(lines).isGreaterThan(300);
    }

    @Test
    void buildingsLoadsTheDemoBuildingFileIntoTheStoreNamedOnTheCommandLine() throws Exception {
        Path demo = folder.resolve("demo");
        String store = "--calltriage.store.url=jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        CallTriageApplication.runSubCommand("demo-data", "demo-data", demo.toString(), store);

        int status = CallTriageApplication.runSubCommand("buildings", "buildings",
                demo.resolve("buildings.tsv").toString(), store);

        assertThat(status).isZero();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(store.substring(store.indexOf('=') + 1));
        assertThat(new JdbcBuildingStore(h2).findAll()).hasSize(5);
    }

    @Test
    void backfillFetchesFromGraphWhatTheStoreNamedOnTheCommandLineLacks() throws Exception {
        String store = "--calltriage.store.url=jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
        CallRecordJson missing = call("call-missing").with(alice()).startingAt(day + "T09:00:00Z");
        CallRecordJson same = call("call-same").version(2).with(bob()).startingAt(day + "T10:00:00Z");
        CallRecordJson older = call("call-older").version(1).with(alice(), bob()).startingAt(day + "T11:00:00Z");
        Path stored = Files.writeString(folder.resolve("stored.json"), CallRecordJson.page(same, older));
        assertThat(CallTriageApplication.runSubCommand("import", store, "import", stored.toString())).isZero();
        GraphAtWireMock.issuesTokens(graph, GraphUser.CONTOSO);
        graph.stubFor(get(urlPathEqualTo(CALL_RECORDS)).atPriority(9).willReturn(okJson(listing(
                graph.baseUrl() + CALL_RECORDS + "?$skiptoken=2", listed(missing, 1), listed(same, 2)))));
        graph.stubFor(get(urlPathEqualTo(CALL_RECORDS)).withQueryParam("$skiptoken", equalTo("2"))
                .willReturn(okJson(listing(null, listed(older, 2)))));
        CallRecordJson newer = call("call-older").version(2).with(alice(), bob()).startingAt(day + "T11:00:00Z");
        for (CallRecordJson served : new CallRecordJson[] {missing, newer}) {
            graph.stubFor(get(urlPathEqualTo(CALL_RECORDS + "/" + served.id())).willReturn(okJson(served.json())));
        }

        int status = CallTriageApplication.runSubCommand("backfill", store, "backfill", "--since", day,
                "--calltriage.tenant-id=" + GraphUser.CONTOSO, "--calltriage.graph.client-id=calltriage-app",
                "--calltriage.graph.client-secret=not-a-real-secret",
                "--calltriage.graph.base-url=" + graph.baseUrl() + "/v1.0",
                "--calltriage.graph.token-url=" + graph.baseUrl() + "/{tenant-id}/oauth2/v2.0/token");

        assertThat(status).isZero();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(store.substring(store.indexOf('=') + 1));
        JdbcCallRecordStore records = new JdbcCallRecordStore(h2, Clock.systemUTC());
        assertThat(records.findById("call-missing")).isPresent();
        assertThat(records.findById("call-older")).get().extracting(CallRecord::version).isEqualTo(2L);
        graph.verify(0, getRequestedFor(urlPathEqualTo(CALL_RECORDS + "/call-same")));
        assertThat(graph.findAll(getRequestedFor(urlPathEqualTo(CALL_RECORDS))).get(0).queryParameter("$filter")
                .firstValue()).startsWith("startDateTime ge " + day + "T00:00:00Z and startDateTime lt ");
    }

    @Test
    void anUnknownSubCommandIsAUsageError() {
        assertThat(CallTriageApplication.runSubCommand("improt", "improt", "x.json")).isEqualTo(2);
    }

    private static String listed(CallRecordJson call, long version) {
        return "{\"id\": \"" + call.id() + "\", \"version\": " + version
                + ", \"lastModifiedDateTime\": \"2026-11-01T00:00:00Z\"}";
    }

    private static String listing(String nextLink, String... records) {
        return "{" + (nextLink == null ? "" : "\"@odata.nextLink\": \"" + nextLink + "\", ")
                + "\"value\": [" + String.join(", ", records) + "]}";
    }
}
