package com.calltriage.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.export.ExportView;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SessionsCsvTest {
    private static final Instant START = Instant.parse("2026-11-20T09:05:00Z");

    @Test
    void startsWithTheByteOrderMarkAndTheReportsColumnNames() {
        String file = text(List.of());

        assertThat(file).startsWith("\uFEFFCall ID,Session ID,Media types description,Start time (UTC),"
                + "End time (UTC),From,To,From client version,To client version,From Tel number,To Tel number,"
                + "Conference URL,Conf Instance,Failure,Verdict,Reasons\r\n");
    }

    @Test
    void everyValueSurvivesQuotingAndReadsBackAsItWas() throws IOException {
        ExportView.SessionRow row = row("O'Brien, \"Dee\"", "line one\nline two");

        CSVRecord read = readBack(text(List.of(row)));

        assertThat(read.get("From")).isEqualTo("O'Brien, \"Dee\"");
        assertThat(read.get("Reasons")).isEqualTo("line one\nline two");
        assertThat(read.get("Start time (UTC)")).isEqualTo("2026-11-20 09:05:00");
        assertThat(read.get("End time (UTC)")).isEqualTo("2026-11-20 09:17:00");
        assertThat(read.get("To Tel number")).isEmpty();
        assertThat(read.get("Verdict")).isEqualTo("Poor");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() throws IOException {
        ExportView.SessionRow row = row("=HYPERLINK(\"http://evil.example\",\"Click\")", "@SUM(A1)");

        CSVRecord read = readBack(text(List.of(row)));

        assertThat(read.get("From")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(read.get("Reasons")).isEqualTo("'@SUM(A1)");
        assertThat(read.get("From Tel number")).isEqualTo("'+14255550***");
        assertThat(read.get("To")).isEqualTo("Internal User");
    }

    @Test
    void namesWithAccentsAreWrittenInUtf8() {
        byte[] file = SessionsCsv.write(view(List.of(row("Zoë Ångström", null))));

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("Zoë Ångström");
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
    }

    private static ExportView.SessionRow row(String from, String reasons) {
        return new ExportView.SessionRow("call-1", "session-1", "1:1: Audio", START,
                START.plusSeconds(720), from, "Internal User", "Teams on windows, 1.0", null, "+14255550***", null,
                null, null, null, "Poor", reasons);
    }

    private static String text(List<ExportView.SessionRow> rows) {
        return new String(SessionsCsv.write(view(rows)), StandardCharsets.UTF_8);
    }

    private static ExportView view(List<ExportView.SessionRow> rows) {
        return new ExportView("Alice Wood", "Alice Wood, alice@contoso.com", START, START.plusSeconds(86_400),
                ZoneId.of("UTC"), "calls.csv", rows, rows.size(), false, "export calls for alice");
    }

    private static CSVRecord readBack(String file) throws IOException {
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> records = format.parse(new StringReader(file.substring(1))).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
