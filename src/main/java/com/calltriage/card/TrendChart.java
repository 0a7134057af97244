package com.calltriage.card;

import com.calltriage.summary.SummaryView;
import com.calltriage.summary.Target;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The summary's trend picture: the daily poor call rate and poor audio stream rate of the last 30 days against
 * Microsoft's audio target, drawn server-side with JFreeChart (Teams' own chart elements fail in Microsoft's renderer
 * and on some clients) and embedded as a PNG data URI. Drawn with few colours and no anti-aliasing, so the picture
 * stays a few kilobytes and the card well under its limit. Days without rated calls are gaps, not zeros.
 */
final class TrendChart {
    static final int WIDTH = 460;
    static final int HEIGHT = 170;
    static final Color POOR_CALLS = new Color(0xC4, 0x31, 0x4B);
    static final Color POOR_AUDIO = new Color(0x46, 0x47, 0xA8);

    private TrendChart() {
    }

    /** The chart as a {@code data:image/png;base64,...} URI. */
    static String dataUri(List<SummaryView.Day> days) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(days));
    }

    static byte[] png(List<SummaryView.Day> days) {
        TimeSeries calls = new TimeSeries("Poor calls %");
        TimeSeries audio = new TimeSeries("Poor audio streams %");
        for (SummaryView.Day day : days) {
            Day point = new Day(Date.from(day.day().atStartOfDay(ZoneOffset.UTC).toInstant()),
                    java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            calls.add(point, Double.isNaN(day.poorCallRate()) ? null : day.poorCallRate() * 100);
            audio.add(point, Double.isNaN(day.poorAudioRate()) ? null : day.poorAudioRate() * 100);
        }
        TimeSeriesCollection data = new TimeSeriesCollection(java.util.TimeZone.getTimeZone("UTC"));
        data.addSeries(calls);
        data.addSeries(audio);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "%", data, true, false, false);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        chart.setBackgroundPaint(Color.WHITE);
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        chart.getLegend().setItemFont(small);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, POOR_CALLS);
        lines.setSeriesPaint(1, POOR_AUDIO);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        lines.setSeriesStroke(1, new BasicStroke(2f));
        lines.setSeriesShape(0, new java.awt.Rectangle(-2, -2, 4, 4));
        lines.setSeriesShape(1, new java.awt.Rectangle(-2, -2, 4, 4));
        plot.setRenderer(lines);
        ValueMarker target = new ValueMarker(Target.POOR_AUDIO_STREAMS.overall() * 100, Color.BLACK,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        target.setLabel("Target " + Math.round(Target.POOR_AUDIO_STREAMS.overall() * 1000) / 10.0 + "% (audio)");
        target.setLabelFont(small);
        target.setLabelBackgroundColor(Color.WHITE);
        target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(target);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(small);
        range.setLabelFont(small);
        range.setLowerBound(0);
        range.setUpperBound(Math.max(10, Math.ceil(max(days) / 5) * 5));
        DateAxis domain = (DateAxis) plot.getDomainAxis();
        domain.setTickLabelFont(small);
        domain.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        domain.setDateFormatOverride(new java.text.SimpleDateFormat("MMM d", java.util.Locale.ENGLISH));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        chart.draw(graphics, new java.awt.Rectangle(WIDTH, HEIGHT));
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the trend picture", e);
        }
        return out.toByteArray();
    }

    private static double max(List<SummaryView.Day> days) {
        return days.stream().flatMapToDouble(d -> java.util.stream.DoubleStream.of(d.poorCallRate(), d.poorAudioRate()))
                .filter(v -> !Double.isNaN(v)).map(v -> v * 100).max().orElse(0);
    }
}
