package com.calltriage.calls;

import com.calltriage.command.reply.Reply;
import com.calltriage.quality.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A page of a user's calls, already masked for the person asking.
 *
 * @param subject     the name of the user searched for
 * @param matched     who exactly the name asked for was matched to: "Quinn Harlow, quinn.harlow@contoso.com"
 * @param from        start of the window searched
 * @param to          end of the window searched
 * @param zone        the asker's time zone, whose days the window's dates are
 * @param rows        the calls, newest first, numbered across pages
 * @param total       how many calls the user had in the whole window, this page and every other
 * @param moreCommand the command that shows the next, older page; null when there are no older calls
 * @param note        a remark on the window, such as it being cut to the retention time; may be null
 * @param exportCommand the command that sends the whole window's sessions as a file; null when there are none
 */
public record CallListView(String subject, String matched, Instant from, Instant to, ZoneId zone, List<Row> rows,
                           int total, String moreCommand, String note, String exportCommand) implements Reply {
    public CallListView {
        rows = List.copyOf(rows);
    }

    /**
     * One call on the list.
     *
     * @param number         the short number a helpdesk person can use to name the call
     * @param callId         Graph's call record id
     * @param kind           1:1, PSTN or Meeting
     * @param media          the media used, in words
     * @param with           the other party, masked
     * @param duration       null when the call has no end time yet
     * @param verdict        how the call went for the user searched for
     * @param mainCause      the likely main cause in a few words when Poor; why there is no rating when
     *                       Unavailable; null when Good
     * @param detailsCommand the command that shows this call's details
     */
    public record Row(int number, String callId, Instant start, String kind, String media, String with,
                      Duration duration, Verdict verdict, String mainCause, String detailsCommand) {
    }
}
