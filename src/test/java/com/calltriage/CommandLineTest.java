package com.calltriage;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.store.JdbcCallRecordStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sub-commands run with the same configuration as the server, given as command-line properties. */
class CommandLineTest {
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
    void anUnknownSubCommandIsAUsageError() {
        assertThat(CallTriageApplication.runSubCommand("improt", "improt", "x.json")).isEqualTo(2);
    }
}
