package com.calltriage.summary;

import com.calltriage.building.Building;
import com.calltriage.command.Answer;
import com.calltriage.command.Asking;
import com.calltriage.command.CommandContext;
import com.calltriage.command.Echo;
import com.calltriage.command.ParsedCommand;
import com.calltriage.command.TimeWindow;
import com.calltriage.command.reply.NoticeView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** {@code summary [window]}, {@code summary for <building> [window]}, {@code summary off} and {@code summary on}. */
final class SummaryHandler {
    private final CommandContext context;
    private final Summaries summaries;
    private final SummaryReport report;
    private final Clock clock;

    SummaryHandler(CommandContext context, Summaries summaries) {
        this.context = context;
        this.summaries = summaries;
        this.report = new SummaryReport(summaries.store());
        this.clock = context.clock();
    }

    Answer summary(ParsedCommand command, Asking asking) {
        Instant now = clock.instant();
        TimeWindow window = TimeWindow.parse(command.argument("range").orElse("yesterday"), now, asking.timeZone());
        Optional<String> asked = command.argument("building");
        String building = null;
        if (asked.isPresent()) {
            List<String> found = buildingsNamed(asked.get());
            if (found.size() != 1) {
                return Answer.answered(unknownBuilding(asked.get(), found)).noting("no such building");
            }
            building = found.get(0);
        }
        return Answer.answered(of(window, asking.timeZone(), building));
    }

    /** The summary of a window for a building, or the tenant when null, with buttons to go on from it. */
    SummaryView of(TimeWindow window, ZoneId zone, String building) {
        return report.of(window, zone, building, null, buttons(window, building));
    }

    private List<SummaryView.Button> buttons(TimeWindow window, String building) {
        List<SummaryView.Button> buttons = new ArrayList<>();
        if (building != null) {
            buttons.add(new SummaryView.Button("All buildings", SummaryCommands.SUMMARY.write("range",
                    window.exactly())));
            buttons.add(new SummaryView.Button("Last 7 days here", SummaryCommands.SUMMARY.write("building",
                    building, "range", "last 7 days")));
        } else {
            buttons.add(new SummaryView.Button("Last 7 days", SummaryCommands.SUMMARY.write("range", "last 7 days")));
            buttons.add(new SummaryView.Button("Last 30 days", SummaryCommands.SUMMARY.write("range",
                    "last 30 days")));
        }
        return buttons;
    }

    Answer morningCard(Asking asking, boolean on) {
        if (asking.caller() == null) {
            return Answer.answered(new NoticeView("I could not tell who you are",
                    "Ask again from your own Teams account."));
        }
        summaries.store().setPaused(asking.caller().tenantId(), asking.caller().objectId(), !on);
        String at = summaries.sendAt() + " in your time zone";
        return Answer.answered(on
                ? new NoticeView("Morning summary on", "I'll send you yesterday's summary each morning at " + at
                        + ", in our personal chat. Write '" + SummaryCommands.SWITCH.write("switch", "off") + "' to stop it.")
                : new NoticeView("Morning summary off", "I won't send you the summary each morning any more. '"
                        + SummaryCommands.SUMMARY.write() + "' still answers any time; write '"
                        + SummaryCommands.SWITCH.write("switch", "on") + "' to have it each morning again."))
                .noting(on ? "morning summary on" : "morning summary off");
    }

    /** The buildings whose name is the one asked for, or else contains it; case does not matter. */
    private List<String> buildingsNamed(String asked) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        context.data().buildings().findAll().stream().map(Building::buildingName).forEach(names::add);
        names.addAll(summaries.store().buildingsSeen());
        String wanted = asked.strip().toLowerCase(Locale.ROOT);
        List<String> exact = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (!exact.isEmpty()) {
            return exact.subList(0, 1);
        }
        List<String> containing = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(wanted)).toList();
        return containing.isEmpty() ? List.copyOf(names) : containing;
    }

    private NoticeView unknownBuilding(String asked, List<String> candidates) {
        if (candidates.isEmpty()) {
            return new NoticeView("I know no buildings yet",
                    "Buildings come from the CQD building file, which has not been loaded. '"
                            + SummaryCommands.SUMMARY.write() + "' sums up the whole tenant.");
        }
        boolean several = candidates.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT)
                .contains(asked.strip().toLowerCase(Locale.ROOT)));
        return new NoticeView(several ? "Which building?" : "I know no building called \"" + Echo.of(asked) + "\"",
                (several ? "Several match: " : "The buildings I know: ") + String.join(", ", candidates.stream()
                        .limit(20).toList()) + ". For example: "
                        + SummaryCommands.SUMMARY.write("building", candidates.get(0)));
    }
}
