package com.calltriage.cli;

import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.testing.H2Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each tool's tests run the sub-commands against, fresh for every test: a migrated H2 store, a folder for
 * files, a fixed clock, and the console the tools print to.
 */
abstract class SubCommandsFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    final H2Database database = H2Database.migrated();
    final JdbcCallRecordStore store = new JdbcCallRecordStore(database.dataSource(), CLOCK);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final JdbcBuildingStore buildings = new JdbcBuildingStore(database.dataSource());
    /** Without Graph, as when {@code calltriage.graph.*} is not set. */
    final SubCommands subCommands = subCommands(null);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** @param backfill null for a server without Graph */
    SubCommands subCommands(Backfill backfill) {
        return new SubCommands(new CallRecordImporter(store), buildings, store, DemoCallGenerator.DEFAULT_SEED,
                backfill, CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
