package com.calltriage.testing;

import com.calltriage.access.AuditEntry;
import com.calltriage.access.AuditLog;
import com.calltriage.access.AuditQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An in-memory audit log for tests of the core, held to the same contract as the JDBC one: entries are
 * kept as that log stores them (times to the millisecond, object ids trimmed and lower-case, texts cut to
 * the widths of its columns), so a test sees here what it would read back from the database.
 */
public final class FakeAuditLog implements AuditLog {
    private static final int ID_LENGTH = 255;
    private static final int NAME_LENGTH = 512;
    private static final int TEXT_LENGTH = 2000;

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        Objects.requireNonNull(entry.at(), "An audit entry needs the time it was asked");
        Objects.requireNonNull(entry.outcome(), "An audit entry needs an outcome");
        entries.add(new AuditEntry(Instant.ofEpochMilli(entry.at().toEpochMilli()), objectId(entry.callerId()),
                cut(entry.callerName(), NAME_LENGTH), entry.role(), cut(entry.command(), TEXT_LENGTH),
                objectId(entry.subjectUserId()), cut(entry.callId(), ID_LENGTH), entry.outcome(),
                cut(entry.detail(), TEXT_LENGTH)));
    }

    /** Every entry recorded and not deleted, in the order recorded, as stored. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized List<AuditEntry> find(AuditQuery query) {
        // Reversed first, then a stable sort: of two entries in one millisecond the later recorded leads.
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(AuditEntry::at).reversed());
        return newestFirst.stream().filter(entry -> matches(query, entry)).limit(query.limit()).toList();
    }

    @Override
    public synchronized int deleteBefore(Instant cutoff) {
        int before = entries.size();
        entries.removeIf(entry -> entry.at().toEpochMilli() < cutoff.toEpochMilli());
        return before - entries.size();
    }

    private static boolean matches(AuditQuery query, AuditEntry entry) {
        long at = entry.at().toEpochMilli();
        return (query.callerId() == null || objectId(query.callerId()).equals(entry.callerId()))
                && (query.callerNameContains() == null || entry.callerName() != null
                        && cut(lower(entry.callerName()), NAME_LENGTH).contains(lower(query.callerNameContains())))
                && (query.subjectUserId() == null || objectId(query.subjectUserId()).equals(entry.subjectUserId()))
                && (query.from() == null || at >= query.from().toEpochMilli())
                && (query.to() == null || at < query.to().toEpochMilli());
    }

    private static String objectId(String id) {
        return id == null ? null : cut(lower(id.trim()), ID_LENGTH);
    }

    private static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
