package com.calltriage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout the README describes holds: every package-info says whether its package is core or edge and which of
 * our packages it may use, and the classes use exactly those; the core stays free of frameworks, so it can be
 * tested alone and moved off the retired Bot Framework SDK; packages and files stay small enough to read.
 */
class ArchitectureTest {
    private static final String ROOT = "com.calltriage";
    private static final Path MAIN = Path.of("src/main/java/com/calltriage");
    private static final Pattern CLAIM = Pattern.compile(
            "(Core|Edge)\\. May use: (nothing|[a-z]+(?:\\.[a-z]+)*(?:, [a-z]+(?:\\.[a-z]+)*)*)\\.");
    private static final int MAX_FILES_PER_PACKAGE = 30;
    private static final int MAX_LINES = 300;
    private static final String LONG_FILE_REASON = "Long because:";

    private static JavaClasses classes;
    private static Map<String, Claim> claims;

    /** What a package-info says of its package: core or edge, and the packages of ours it may use. */
    private record Claim(boolean core, Set<String> mayUse) {
    }

    @BeforeAll
    static void readTheCodeAndItsClaims() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        claims = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path info : files.filter(p -> p.endsWith("package-info.java")).toList()) {
                String text = Files.readString(info).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
                Matcher claim = CLAIM.matcher(text);
                String name = packageOf(info);
                assertThat(claim.find()).as("%s/package-info.java says 'Core. May use: ...' or 'Edge. May use: ...'",
                        name).isTrue();
                Set<String> mayUse = claim.group(2).strip().equals("nothing") ? Set.of()
                        : Arrays.stream(claim.group(2).split(",")).map(String::strip).collect(Collectors.toSet());
                claims.put(name, new Claim(claim.group(1).equals("Core"), mayUse));
            }
        }
    }

    @Test
    void everyPackageUsesExactlyThePackagesItsPackageInfoNames() {
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = relative(type.getPackageName());
            if (from.isEmpty()) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = relative(dependency.getTargetClass().getPackageName());
                if (!to.isEmpty() && !to.equals(from) && dependency.getTargetClass().getPackageName().startsWith(ROOT)) {
                    used.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
                }
            }
        }
        assertThat(used.keySet()).as("packages with a package-info").isSubsetOf(claims.keySet());
        claims.forEach((name, claim) -> assertThat(used.getOrDefault(name, Set.of()))
                .as("what %s uses, against its package-info", name).containsExactlyInAnyOrderElementsOf(claim.mayUse()));
    }

    @Test
    void corePackagesDoNotUseFrameworksOrHttp() {
        noClasses().that().resideInAnyPackage(packages(true))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.microsoft.bot..", "okhttp3..", "jakarta.servlet..",
                        "javax.servlet..")
                .check(classes);
    }

    @Test
    void corePackagesDoNotReachIntoTheEdges() {
        noClasses().that().resideInAnyPackage(packages(true))
                .should().dependOnClassesThat().resideInAnyPackage(packages(false))
                .check(classes);
    }

    @Test
    void onlyTheBotEdgeAndItsWiringUseTheBotFrameworkSdk() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".bot..", ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.bot..")
                .check(classes);
    }

    @Test
    void noPackageHoldsMoreThanThirtyFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            Map<Path, Long> perFolder = files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(Path::getParent, Collectors.counting()));
            assertThat(perFolder).allSatisfy((folder, count) ->
                    assertThat(count).as("files in %s", folder).isLessThanOrEqualTo(MAX_FILES_PER_PACKAGE));
        }
    }

    @Test
    void aFileOverThreeHundredLinesSaysWhyAtItsTop() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    boolean explained = lines.stream().limit(40).anyMatch(line -> line.contains(LONG_FILE_REASON));
                    if (lines.size() > MAX_LINES && !explained) {
                        unexplained.add(file + " (" + lines.size() + " lines)");
                    }
                }
            }
        }
        assertThat(unexplained).as("files over %d lines without '%s' at their top", MAX_LINES, LONG_FILE_REASON)
                .isEmpty();
    }

    private static String[] packages(boolean core) {
        return claims.entrySet().stream().filter(entry -> entry.getValue().core() == core)
                .map(entry -> ROOT + "." + entry.getKey()).toArray(String[]::new);
    }

    private static String packageOf(Path packageInfo) {
        return MAIN.relativize(packageInfo.getParent()).toString().replace('/', '.');
    }

    private static String relative(String packageName) {
        return packageName.equals(ROOT) || !packageName.startsWith(ROOT + ".") ? "" : packageName.substring(ROOT.length() + 1);
    }
}
