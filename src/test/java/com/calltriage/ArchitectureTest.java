package com.calltriage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core stays free of frameworks, so it can be tested alone and moved off the retired Bot Framework SDK. */
class ArchitectureTest {
    private static final String[] CORE = {
        "com.calltriage.callrecord..", "com.calltriage.quality..", "com.calltriage.access..",
        "com.calltriage.command..", "com.calltriage.card..", "com.calltriage.building..",
        "com.calltriage.export.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.calltriage");
    }

    @Test
    void corePackagesDoNotUseFrameworksOrHttp() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.microsoft.bot..", "okhttp3..", "jakarta.servlet..",
                        "javax.servlet..")
                .check(classes);
    }

    @Test
    void corePackagesDoNotReachIntoTheEdges() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.calltriage.bot..", "com.calltriage.store..", "com.calltriage.config..",
                        "com.calltriage.ingest..", "com.calltriage.graph..", "com.calltriage.replicas..",
                        "com.calltriage.jobs..", "com.calltriage.cli..")
                .check(classes);
    }

    @Test
    void onlyTheBotEdgeAndItsWiringUseTheBotFrameworkSdk() {
        noClasses().that().resideOutsideOfPackages("com.calltriage.bot..", "com.calltriage.config..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.bot..")
                .check(classes);
    }
}
