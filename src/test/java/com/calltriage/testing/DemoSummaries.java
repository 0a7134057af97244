package com.calltriage.testing;

import com.calltriage.building.BuildingFileParser;
import com.calltriage.demo.DemoDataset;
import com.calltriage.quality.QualityRules;
import com.calltriage.store.JdbcBuildingStore;
import com.calltriage.store.JdbcCallRecordStore;
import com.calltriage.store.JdbcQualityFacts;
import com.calltriage.store.JdbcSummaryStore;
import com.calltriage.summary.Summaries;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The demo tenant stored in an H2 database of its own, with its building file, as the server stores it: the calls'
 * facts and hourly totals are written by the store, so summaries read what the server would. Loaded once and shared
 * by every test that only reads it.
 */
public final class DemoSummaries {
    private static DemoSummaries shared;

    private final H2Database database;
    private final JdbcCallRecordStore calls;
    private final JdbcSummaryStore summaries;

    private DemoSummaries() {
        database = H2Database.migrated();
        DataSource dataSource = database.dataSource();
        new JdbcBuildingStore(dataSource).replaceAll(new BuildingFileParser().parse(DemoDataset.buildingFile())
                .buildings());
        calls = DemoFixtures.loadDemo(new JdbcCallRecordStore(dataSource, Clock.fixed(DemoFixtures.NOW,
                ZoneOffset.UTC)));
        summaries = new JdbcSummaryStore(dataSource, new JdbcQualityFacts(dataSource, QualityRules.standard()));
    }

    /** The demo tenant, loaded once. */
    public static synchronized DemoSummaries shared() {
        if (shared == null) {
            shared = new DemoSummaries();
        }
        return shared;
    }

    /** A demo tenant of its own, for a test that changes it. */
    public static DemoSummaries fresh() {
        return new DemoSummaries();
    }

    public Summaries summaries() {
        return new Summaries(summaries, LocalTime.of(8, 0));
    }

    public JdbcSummaryStore store() {
        return summaries;
    }

    public JdbcCallRecordStore calls() {
        return calls;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }
}
