package com.calltriage.card;

import com.calltriage.summary.SummaryView;
import com.calltriage.summary.SummaryWords;
import com.calltriage.summary.Target;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The managers' summary: a headline, the table of counts against Microsoft's targets, the 30-day trend as a picture
 * with its numbers as text, and the breakdowns. Aggregates only: the view holds no person and no call.
 */
final class SummaryCard {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

    private SummaryCard() {
    }

    static ObjectNode of(SummaryView view) {
        ObjectNode card = Cards.card();
        ArrayNode body = Cards.body(card);
        body.add(Cards.heading("Call quality: " + view.scope()));
        String window = CardText.window(view.from(), view.to(), view.zone());
        body.add(Cards.subtle(Character.toUpperCase(window.charAt(0)) + window.substring(1)));
        if (view.note() != null) {
            body.add(Cards.subtle(view.note()));
        }
        body.add(Cards.plain(view.headline()));
        body.add(table(view.table()));
        ObjectNode counting = Cards.container(Cards.subtle("Poor calls are a share of rated calls; unrated calls, "
                + "setup failures and drops of all calls; poor audio streams of the audio streams rated, as the Call "
                + "Quality Dashboard counts them. Targets: Microsoft's Teams quality of experience review guide, over "
                + "all calls (inside the corporate network they are stricter, see below). Before: the period of the "
                + "same length just before, and the change in points; 7 days: up to the last day shown. A call "
                + "counts once under each building, network, connection and client version its people had."));
        counting.put("id", "howCounted");
        counting.put("isVisible", false);
        body.add(Cards.actionSet(Cards.toggle("How it is counted", "howCounted")));
        body.add(counting);
        trend(body, view.trend());
        section(body, "Top causes of poor calls", view.causes(), "No poor calls.");
        section(body, view.placesTitle() + " (" + view.minimumCalls() + " calls or more)", view.places(),
                "None with " + view.minimumCalls() + " calls or more had a poor call.");
        section(body, "Wired, Wi-Fi and VPN", view.connections(), "No network was reported.");
        section(body, "Inside and outside the corporate network", view.corporate(), "No network was reported.");
        section(body, "Client versions with the most poor calls", view.versions(), "No client had a poor call.");
        if (!view.buttons().isEmpty()) {
            ArrayNode actions = Cards.actions(card);
            view.buttons().forEach(b -> actions.add(Cards.submit(b.title(), b.command())));
        }
        return card;
    }

    /** An Adaptive Card 1.5 table: the label, then its number, the rate against its target, before and 7 days. */
    private static ObjectNode table(List<SummaryView.Row> rows) {
        ObjectNode table = Cards.NODES.objectNode();
        table.put("type", "Table");
        table.put("firstRowAsHeaders", true);
        table.put("showGridLines", false);
        table.put("spacing", "Medium");
        ArrayNode columns = table.putArray("columns");
        for (int width : new int[] {3, 2, 3, 3, 2}) {
            columns.addObject().put("width", width);
        }
        ArrayNode tableRows = table.putArray("rows");
        tableRows.add(row(List.of("", "Number", "Rate (target)", "Before", "7 days"), true, false));
        for (SummaryView.Row row : rows) {
            String rate = row.rate().isEmpty() ? "" : row.rate() + (row.target().isEmpty() ? ""
                    : ", " + row.target());
            tableRows.add(row(List.of(row.label(), Long.toString(row.number()), rate, row.previous(),
                    row.weekAverage()), false, row.missesTarget()));
        }
        return table;
    }

    private static ObjectNode row(List<String> cells, boolean header, boolean missesTarget) {
        ObjectNode row = Cards.NODES.objectNode();
        row.put("type", "TableRow");
        ArrayNode items = row.putArray("cells");
        for (int i = 0; i < cells.size(); i++) {
            ObjectNode text = Cards.text(cells.get(i));
            text.put("size", "Small");
            if (header || i == 0) {
                text.put("weight", "Bolder");
            }
            if (missesTarget && i == 2) {
                text.put("color", "Attention");
            }
            ObjectNode cell = items.addObject();
            cell.put("type", "TableCell");
            cell.putArray("items").add(text);
        }
        return row;
    }

    private static void trend(ArrayNode body, List<SummaryView.Day> days) {
        ObjectNode title = Cards.bold("Last " + days.size() + " days");
        title.put("spacing", "Medium");
        body.add(title);
        ObjectNode image = Cards.NODES.objectNode();
        image.put("type", "Image");
        image.put("url", TrendChart.dataUri(days));
        image.put("altText", "Daily poor call rate and poor audio stream rate against the "
                + SummaryWords.percent(Target.POOR_AUDIO_STREAMS.overall()) + " audio target");
        image.put("size", "Stretch");
        body.add(image);
        ObjectNode numbers = Cards.container();
        numbers.put("id", "dailyNumbers");
        numbers.put("isVisible", false);
        for (int i = days.size() - 1; i >= 0; i--) {
            SummaryView.Day day = days.get(i);
            ObjectNode line = Cards.subtle(DAY.format(day.day()) + ": " + day.calls() + " calls, poor "
                    + SummaryWords.percent(day.poorCallRate()) + ", poor audio streams "
                    + SummaryWords.percent(day.poorAudioRate()));
            Cards.items(numbers).add(line);
        }
        body.add(Cards.actionSet(Cards.toggle("Daily numbers", "dailyNumbers")));
        body.add(numbers);
    }

    private static void section(ArrayNode body, String title, List<SummaryView.Line> lines, String none) {
        ObjectNode heading = Cards.bold(title);
        heading.put("spacing", "Medium");
        heading.put("separator", true);
        body.add(heading);
        if (lines.isEmpty()) {
            body.add(Cards.subtle(none));
        }
        for (SummaryView.Line line : lines) {
            ObjectNode text = Cards.labelled(line.name(), line.figures());
            if (line.missesTarget()) {
                ((ObjectNode) text.get("inlines").get(1)).put("color", "Attention");
            }
            body.add(text);
        }
    }
}
