package com.calltriage.demo;

import static com.calltriage.testing.DemoFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's calls written as files a day at a time, in pages of at most a thousand calls. */
class DemoDatasetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aDayOfMoreThanAThousandCallsIsWrittenAsPagesThatSortInOrder() throws IOException {
        // Three thousand people make about 1,230 calls on a weekday; the Friday before NOW is the only full day.
        List<String> listed = new DemoCallGenerator(new DemoTenant(3000), DemoCallGenerator.DEFAULT_SEED, NOW, 2)
                .generate().stream().map(DemoCall::id).toList();

        try (DemoDataset dataset = DemoDataset.in(folder)) {
            new DemoCallGenerator(new DemoTenant(3000), DemoCallGenerator.DEFAULT_SEED, NOW, 2)
                    .generate(dataset::write);
            assertThat(dataset.calls()).isEqualTo(listed.size());
            assertThat(dataset.files()).isEqualTo(pages().size() + 2);
        }

        assertThat(pages()).contains("callRecords-2026-11-19.json", "callRecords-2026-11-20.json",
                "callRecords-2026-11-20_0002.json", "callRecords-2026-11-21.json")
                .doesNotContain("callRecords-2026-11-20_0003.json");
        assertThat(pages()).allSatisfy(page -> assertThat(idsOn(page)).hasSizeBetween(1, DemoDataset.PAGE_SIZE));
        assertThat(idsOn("callRecords-2026-11-20.json")).hasSize(DemoDataset.PAGE_SIZE);
        assertThat(pages().stream().flatMap(page -> idsOn(page).stream()).toList()).isEqualTo(listed);
        assertThat(troubledIds()).isEqualTo(listed);
    }

    @Test
    void aDayGivenAgainGetsMorePagesAfterItsFirst() throws IOException {
        List<DemoCall> alices = new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED, NOW, 1)
                .generate().stream().filter(call -> call.start().isAfter(NOW.minus(Duration.ofDays(1)))).toList();

        try (DemoDataset dataset = DemoDataset.in(folder)) {
            dataset.write(alices.subList(0, 3));
            dataset.write(alices.subList(3, 5));
        }

        assertThat(pages()).containsExactly("callRecords-2026-11-21.json", "callRecords-2026-11-21_0002.json");
        assertThat(idsOn("callRecords-2026-11-21_0002.json")).containsExactly(alices.get(3).id(), alices.get(4).id());
        assertThat(troubledIds()).isEqualTo(alices.subList(0, 5).stream().map(DemoCall::id).toList());
    }

    @Test
    void theFolderHasTheBuildingFileAndTheTroublesHeaderBeforeAnyCall() throws IOException {
        try (DemoDataset dataset = DemoDataset.in(folder.resolve("empty"))) {
            assertThat(dataset.files()).isEqualTo(2);
        }

        assertThat(folder.resolve("empty").resolve(DemoDataset.BUILDINGS_FILE)).hasContent(DemoDataset.buildingFile());
        assertThat(folder.resolve("empty").resolve(DemoDataset.TROUBLES_FILE))
                .hasContent("call_id\tkind\ttrouble\ttroubled_user_id");
    }

    private List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith("callRecords-"))
                    .sorted().toList();
        }
    }

    private List<String> idsOn(String page) {
        try {
            JsonNode value = JSON.readTree(folder.resolve(page).toFile()).get("value");
            return StreamSupport.stream(value.spliterator(), false).map(record -> record.get("id").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> troubledIds() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(DemoDataset.TROUBLES_FILE));
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t")[0]).toList();
    }
}
