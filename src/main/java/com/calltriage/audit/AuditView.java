package com.calltriage.audit;

import com.calltriage.command.reply.Reply;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Questions put to CallTriage, for admins: who asked what about whom, and what became of it.
 *
 * @param scope   what was asked for, in words ("about Alice Wood", "by sam")
 * @param matched who exactly the subject asked about was matched to, "Alice Wood, alice@contoso.com"; null when
 *                the question named no subject
 * @param from    start of the window read
 * @param to      end of the window read
 * @param zone    the asker's time zone, whose days the window's dates are
 * @param rows    newest first
 * @param limited true when older matching entries were left off
 * @param note    a remark on the window, such as it being cut to the retention time; may be null
 * @param olderCommand the command that shows the next, older entries; null when these are all
 */
public record AuditView(String scope, String matched, Instant from, Instant to, ZoneId zone, List<Row> rows,
                        boolean limited, String note, String olderCommand) implements Reply {
    public AuditView {
        rows = List.copyOf(rows);
    }

    /**
     * One question.
     *
     * @param asker   name of the person who asked, or their object id when the channel sent no name
     * @param role    their highest role, or "no role"
     * @param subject the user the question was about; null when none
     * @param callId  the call the question was about; null when none
     * @param outcome answered, refused, not understood or failed
     * @param detail  why it was refused, or what was not found; may be null
     */
    public record Row(Instant at, String asker, String role, String command, String subject, String callId,
                      String outcome, String detail) {
    }
}
