package com.calltriage.jobs;

import com.calltriage.building.BuildingFileParser;
import com.calltriage.building.BuildingStore;
import com.calltriage.building.ParsedBuildingFile;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.config.CallTriageProperties;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoDataset;
import com.calltriage.demo.DemoTenant;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.ingest.ImportReport;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store with the demo tenant, its calls and its building file, when the server starts,
 * unless demo data is switched off. A store that has calls is left alone, buildings included.
 */
@Component
@ConditionalOnWebApplication
class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final CallTriageProperties properties;
    private final CallRecordStore store;
    private final CallRecordImporter importer;
    private final BuildingStore buildings;
    private final Clock clock;

    DemoLoader(CallTriageProperties properties, CallRecordStore store, CallRecordImporter importer,
               BuildingStore buildings, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.importer = importer;
        this.buildings = buildings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || store.countCalls() > 0) {
            return;
        }
        long started = System.nanoTime();
        // Buildings first: the store counts as loaded once it has calls, so a broken building file must stop
        // the start before any call is stored, or the next start would never load the buildings.
        ParsedBuildingFile buildingFile = new BuildingFileParser().parse(DemoDataset.buildingFile());
        if (!buildingFile.isLoaded()) {
            throw new IllegalStateException("The demo building file is broken: " + buildingFile.errors());
        }
        buildings.replaceAll(buildingFile.buildings());
        ImportReport report = new ImportReport();
        importer.importRecords("demo", new DemoCallGenerator(new DemoTenant(), properties.demo().seed(),
                clock.instant()).generate().stream().map(DemoCall::json).toList(), report, line -> { });
        LOG.info("Loaded the demo tenant: {}, {} networks, in {} ms", report.summary(),
                buildingFile.buildings().size(), (System.nanoTime() - started) / 1_000_000);
    }
}
