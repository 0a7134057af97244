package com.calltriage.config;

import com.calltriage.building.BuildingStore;
import com.calltriage.cli.SubCommands;
import com.calltriage.ingest.Backfill;
import com.calltriage.ingest.CallRecordImporter;
import com.calltriage.quality.DiagnosisStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command-line tools, over the same store and settings as the server; backfill only when Graph is configured. */
@Configuration(proxyBeanMethods = false)
public class CommandLineConfiguration {

    @Bean
    SubCommands subCommands(CallRecordImporter importer, BuildingStore buildings, DiagnosisStore diagnoses,
                            CallTriageProperties properties, ObjectProvider<Backfill> backfills, Clock clock) {
        return new SubCommands(importer, buildings, diagnoses, properties.demo().seed(), backfills.getIfAvailable(),
                clock);
    }
}
