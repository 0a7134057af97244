package com.calltriage.ingest;

import com.calltriage.callrecord.CallRecordStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings in the call records of a time window that the store lacks: lists the window page by page, and fetches
 * and imports each listed record unless the store holds it at the same or a newer version. Serves catching up
 * after downtime, Graph's missed notifications, and the {@code backfill} sub-command.
 *
 * <p>Requests are paced by two {@link RequestBudget}s, one per listing page and one for fetches. A fetch is
 * charged {@value #FETCH_COST} requests, the record with its sessions and its participants; longer records cost
 * a page more per extra page of sessions, which the Graph client's 429 handling absorbs.
 *
 * <p>A record that cannot be fetched or stored is counted as failed and the others go on; a listing page that
 * still fails after the Graph client's retries ends the backfill early. Only a backfill that got every listed
 * record moves {@link SubscriptionState#backfilledUntil}. Every {@code progressEvery} records, and for each
 * failure, a line goes to the caller's progress consumer.
 */
public final class Backfill {
    /** Progress lines every this many records: a few a minute at Graph's pace. */
    public static final int DEFAULT_PROGRESS_EVERY = 100;
    static final int FETCH_COST = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    private final CallRecordListing listing;
    private final CallRecordSource source;
    private final CallRecordStore store;
    private final CallRecordImporter importer;
    private final SubscriptionState state;
    private final RequestBudget listBudget;
    private final RequestBudget fetchBudget;
    private final Clock clock;
    private final int progressEvery;
    private final LongAdder listedTotal = new LongAdder();
    private final LongAdder alreadyStoredTotal = new LongAdder();
    private final LongAdder fetchedTotal = new LongAdder();
    private final LongAdder failedTotal = new LongAdder();

    /**
     * @param importer      stores through the same store, so caches in front of it stay right
     * @param progressEvery how many records between two progress lines
     */
    public Backfill(CallRecordListing listing, CallRecordSource source, CallRecordStore store,
                    CallRecordImporter importer, SubscriptionState state, RequestBudget listBudget,
                    RequestBudget fetchBudget, Clock clock, int progressEvery) {
        if (progressEvery < 1) {
            throw new IllegalArgumentException("Progress needs a line every 1 record or more, not " + progressEvery);
        }
        this.listing = listing;
        this.source = source;
        this.store = store;
        this.importer = importer;
        this.state = state;
        this.listBudget = listBudget;
        this.fetchBudget = fetchBudget;
        this.clock = clock;
        this.progressEvery = progressEvery;
    }

    /**
     * Backfills the records that started in {@code [since, until)}.
     *
     * @param progress takes the progress and failure lines, e.g. a log or the console
     * @throws IllegalArgumentException when the window does not start before it ends
     */
    public BackfillReport run(Instant since, Instant until, Consumer<String> progress) {
        Tally tally = new Tally(clock.instant());
        CallRecordListing.Pages pages = listing.listCallRecords(since, until);
        String stopped = null;
        try {
            while (pages.hasNext()) {
                listBudget.spend(1);
                List<ListedCallRecord> page;
                try {
                    page = pages.next();
                } catch (IOException e) {
                    stopped = "listing the calls failed: " + e.getMessage();
                    progress.accept(stopped);
                    break;
                }
                tally.listed += page.size();
                listedTotal.add(page.size());
                for (ListedCallRecord record : page) {
                    handle(record, tally, progress);
                    if (tally.done() % progressEvery == 0) {
                        progress.accept(tally.progress(pages.hasNext(), clock.instant()));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = "interrupted";
        }
        BackfillReport report = new BackfillReport(since, until, tally.listed, tally.alreadyStored, tally.fetched,
                tally.stored, tally.gone, tally.failed, stopped);
        if (report.succeeded()) {
            state.backfilledUntil(until);
        }
        return report;
    }

    /** Records listed since start-up, over all backfills. */
    public long listed() {
        return listedTotal.sum();
    }

    /** Listed records not fetched because the store held them already, since start-up. */
    public long alreadyStored() {
        return alreadyStoredTotal.sum();
    }

    /** Records fetched whole by backfills since start-up. */
    public long fetched() {
        return fetchedTotal.sum();
    }

    /** Records backfills could not fetch or store, since start-up. */
    public long failed() {
        return failedTotal.sum();
    }

    private void handle(ListedCallRecord record, Tally tally, Consumer<String> progress)
            throws InterruptedException {
        OptionalLong stored = store.storedVersion(record.id());
        if (stored.isPresent() && record.version() != null && stored.getAsLong() >= record.version()) {
            tally.alreadyStored++;
            alreadyStoredTotal.increment();
            return;
        }
        fetchBudget.spend(FETCH_COST);
        Optional<JsonNode> json;
        try {
            json = source.fetch(record.id());
        } catch (IOException | RuntimeException e) {
            failed(tally, progress, "failed    " + record.id() + ": fetch failed: " + e.getMessage());
            return;
        }
        if (json.isEmpty()) {
            tally.gone++;
            return;
        }
        tally.fetched++;
        fetchedTotal.increment();
        List<String> said = new ArrayList<>();
        Optional<ImportedRecord> imported = importer.importRecord(record.id(), json.get(), new ImportReport(),
                said::add);
        if (imported.isEmpty()) {
            failed(tally, progress, String.join("; ", said));
        } else if (imported.get().outcome().changedStore()) {
            tally.stored++;
        }
    }

    private void failed(Tally tally, Consumer<String> progress, String line) {
        tally.failed++;
        failedTotal.increment();
        LOG.warn("Backfill: {}", line);
        progress.accept(line);
    }

    /** The counts of one run, and the progress line made from them. */
    private static final class Tally {
        private final Instant started;
        private long listed;
        private long alreadyStored;
        private long fetched;
        private long stored;
        private long gone;
        private long failed;

        Tally(Instant started) {
            this.started = started;
        }

        long done() {
            return alreadyStored + fetched + gone + failed;
        }

        String progress(boolean morePages, Instant now) {
            double seconds = Duration.between(started, now).toMillis() / 1000.0;
            String rate = seconds > 0 ? String.format(Locale.ROOT, "%.1f", done() / seconds) : "-";
            return "backfill: " + done() + " done, " + (listed - done()) + " to do"
                    + (morePages ? " and more to list" : "") + ", " + rate + " records/s";
        }
    }
}
