package com.calltriage.export;

import com.calltriage.command.TimeWindow;
import com.calltriage.command.reply.FileReply;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A user's sessions for a file, one row per session with the columns of the Session details report,
 * already masked for the person asking.
 *
 * @param subject    the name of the user searched for
 * @param matched    who exactly the name asked for was matched to: "Quinn Harlow, quinn.harlow@contoso.com"
 * @param from       start of the window exported
 * @param to         end of the window exported
 * @param zone       the asker's time zone, whose days the description and the file name name
 * @param fileName   a name for the file that says whose calls and when
 * @param rows       one per session of the user, newest call first
 * @param calls      how many calls the rows come from
 * @param cutShort   true when the window held more calls than one file takes; the newest are exported
 * @param command    the command that makes exactly this file again, for the moment the user accepts it
 */
public record ExportView(String subject, String matched, Instant from, Instant to, ZoneId zone, String fileName,
                         List<SessionRow> rows, int calls, boolean cutShort, String command) implements FileReply {
    public ExportView {
        rows = List.copyOf(rows);
    }

    @Override
    public String contentType() {
        return SessionsCsv.CONTENT_TYPE;
    }

    @Override
    public byte[] content() {
        return SessionsCsv.write(this);
    }

    /** What the file holds, in a sentence for the card that offers it. */
    @Override
    public String description() {
        return matched + ": " + rows.size() + (rows.size() == 1 ? " session" : " sessions") + " of " + calls
                + (calls == 1 ? " call" : " calls") + " " + new TimeWindow(from, to).days(zone)
                + (cutShort ? ", the newest " + calls + " only: ask for a shorter window for the rest" : "")
                + ". Other people are shown as your role may see them.";
    }

    /**
     * One session as the Session details report lists it. Text is as shown; absent values are empty.
     *
     * @param media         whether it was a meeting, a 1:1 or a phone call, and its media, e.g. "Meeting: Audio, Video"
     * @param from          who started the session, masked
     * @param to            who it was with, masked
     * @param fromPhone     the caller's number when a phone, last three digits masked
     * @param toPhone       the callee's number when a phone, last three digits masked
     * @param conferenceUrl the meeting's join URL; the same for every instance of a recurring meeting
     * @param conference    the meeting instance (its call record id); empty for other calls
     * @param failure       why the session failed, such as "callSetup: 408"
     * @param verdict       Good, Poor or Unavailable for this session
     * @param reasons       the reasons, main cause first, in words
     */
    public record SessionRow(String callId, String sessionId, String media, Instant start, Instant end, String from,
                             String to, String fromClient, String toClient, String fromPhone, String toPhone,
                             String conferenceUrl, String conference, String failure, String verdict,
                             String reasons) {
    }
}
