package com.calltriage.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A user's sessions as a CSV file that Excel opens as it is: UTF-8 with a byte-order mark, comma separated,
 * CRLF line ends, one header row with the Session details report's column names, times in UTC.
 */
public final class SessionsCsv {
    public static final String CONTENT_TYPE = "text/csv";

    static final List<String> COLUMNS = List.of("Call ID", "Session ID", "Media types description",
            "Start time (UTC)", "End time (UTC)", "From", "To", "From client version", "To client version",
            "From Tel number", "To Tel number", "Conference URL", "Conf Instance", "Failure", "Verdict", "Reasons");

    /** Excel's cue to read the file as UTF-8, so names with accents survive. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private SessionsCsv() {
    }

    public static byte[] write(ExportView view) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ExportView.SessionRow row : view.rows()) {
                printer.printRecord(Arrays.stream(cells(row)).map(SessionsCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A string writer cannot fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String[] cells(ExportView.SessionRow row) {
        return new String[] {row.callId(), row.sessionId(), row.media(), time(row.start()), time(row.end()),
            row.from(), row.to(), row.fromClient(), row.toClient(), row.fromPhone(), row.toPhone(),
            row.conferenceUrl(), row.conference(), row.failure(), row.verdict(), row.reasons()};
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /**
     * A display name or feedback text starting with = + - or @ would run as a formula when the file is opened
     * in a spreadsheet; a leading apostrophe keeps it text. Masked phone numbers start with + too.
     */
    static String inert(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
