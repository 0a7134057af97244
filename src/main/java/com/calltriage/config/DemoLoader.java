package com.calltriage.config;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
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

/** Fills an empty store with the demo tenant when the server starts, unless demo data is switched off. */
@Component
@ConditionalOnWebApplication
class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final CallTriageProperties properties;
    private final CallRecordStore store;
    private final CallRecordImporter importer;
    private final Clock clock;

    DemoLoader(CallTriageProperties properties, CallRecordStore store, CallRecordImporter importer, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || store.countCalls() > 0) {
            return;
        }
        long started = System.nanoTime();
        ImportReport report = new ImportReport();
        for (DemoCall call : new DemoCallGenerator(new DemoTenant(), properties.demo().seed(), clock.instant())
                .generate()) {
            importer.importDocument("demo", call.json().toString(), report, line -> { });
        }
        LOG.info("Loaded the demo tenant: {} in {} ms", report.summary(), (System.nanoTime() - started) / 1_000_000);
    }
}
