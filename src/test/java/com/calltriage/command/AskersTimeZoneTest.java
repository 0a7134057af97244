package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.access.Caller;
import com.calltriage.audit.AuditView;
import com.calltriage.calls.CallListView;
import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.command.reply.Reply;
import com.calltriage.conversation.Audience;
import com.calltriage.export.ExportView;
import com.calltriage.testing.CardJson;
import com.calltriage.testing.ChatFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question's days are the asker's: Sam asks from Los Angeles at 19:00 on 21 November, when it is already the 22nd
 * in UTC. Lists, exports and the audit trail read his days as Los Angeles days and say so; summer time ended there
 * on 1 November, so that day starts at 07:00 UTC and later ones at 08:00.
 */
class AskersTimeZoneTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Instant EVENING_IN_LOS_ANGELES = Instant.parse("2026-11-22T03:00:00Z");
    private static final Caller SAM = ChatFixture.caller("sam", "Sam Rivera");
    private static final Caller ADAM = ChatFixture.caller("adam", "Adam Novak");

    private final CommandDispatcher dispatcher = ChatFixture.demo()
            .clock(Clock.fixed(EVENING_IN_LOS_ANGELES, ZoneOffset.UTC)).dispatcher();

    @ParameterizedTest(name = "\"{0}\" from Los Angeles runs from {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "today|2026-11-21T08:00:00Z|2026-11-22T03:00:00Z",
        "yesterday|2026-11-20T08:00:00Z|2026-11-21T08:00:00Z",
        "last 7 days|2026-11-15T08:00:00Z|2026-11-22T03:00:00Z",
        "from 2026-11-01 to 2026-11-05|2026-11-01T07:00:00Z|2026-11-06T08:00:00Z"
    })
    void aListFromLosAngelesCoversLosAngelesDays(String window, Instant from, Instant to) {
        CallListView list = (CallListView) ask(SAM, LOS_ANGELES, "calls for alice " + window);

        assertThat(List.of(list.from(), list.to())).containsExactly(from, to);
    }

    @ParameterizedTest(name = "\"{0}\" from Los Angeles reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "yesterday|on 2026-11-20 (America/Los_Angeles)",
        "from 2026-11-01 to 2026-11-05|from 2026-11-01 to 2026-11-05 (America/Los_Angeles)"
    })
    void theListNamesTheZoneItsWholeDaysAreIn(String window, String words) {
        assertThat(textOf(ask(SAM, LOS_ANGELES, "calls for alice " + window))).contains(words);
    }

    @Test
    void withoutAZoneTheDaysAreUtcDays() {
        CallListView today = (CallListView) ask(SAM, ChatRequest.DEFAULT_TIME_ZONE, "calls for alice today");
        Reply yesterday = ask(SAM, ChatRequest.DEFAULT_TIME_ZONE, "calls for alice yesterday");

        assertThat(today.from()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(textOf(yesterday)).contains("on 2026-11-21 (UTC)");
    }

    @Test
    void theNoteOnCallsKeptNamesTheAskersDay() {
        CallListView list = (CallListView) ask(SAM, LOS_ANGELES, "calls for alice from 2026-10-01");

        // 30 days before now is 20:00 on 22 October in Los Angeles, already the 23rd in UTC.
        assertThat(list.note()).isEqualTo("Calls are kept for 30 days, so I looked from 2026-10-22 on.");
    }

    @Test
    void anExportNamesTheAskersDaysInItsDescriptionAndFileName() {
        ExportView export = (ExportView) ask(SAM, LOS_ANGELES, "export calls for alice yesterday");

        assertThat(List.of(export.from(), export.to()))
                .containsExactly(Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-21T08:00:00Z"));
        assertThat(export.fileName()).isEqualTo("calls-alice-wood-2026-11-20-to-2026-11-20.csv");
        assertThat(export.description()).contains(" on 2026-11-20 (America/Los_Angeles).");
    }

    @Test
    void theAuditTrailReadsAndNamesTheAskersDays() {
        Reply audit = ask(ADAM, LOS_ANGELES, "audit yesterday");

        assertThat(((AuditView) audit).from()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(textOf(audit)).contains("On 2026-11-20 (America/Los_Angeles), newest first");
    }

    private Reply ask(Caller caller, ZoneId timeZone, String text) {
        return dispatcher.answer(new ChatRequest(text, caller, "personal-chat", Audience.ASKER, null, timeZone));
    }

    /** Every text the card shows, in one string. */
    private static String textOf(Reply reply) {
        return String.join("\n", CardJson.textsOf(new AdaptiveCardRenderer().render(reply), "TextBlock", "TextRun"));
    }
}
