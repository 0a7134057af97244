package com.calltriage.testing;

import com.calltriage.ingest.CallRecordListing;
import com.calltriage.ingest.ListedCallRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Graph's listing of call records as a test sets it up: the pages every listing returns, whatever the window,
 * a page that fails as if Graph kept failing, and every window asked for.
 */
public final class FakeCallRecordListing implements CallRecordListing {
    private final List<List<ListedCallRecord>> pages = new ArrayList<>();
    private final List<Instant[]> windows = new ArrayList<>();
    private int failingPage = -1;

    /** The next page of the listing. */
    public FakeCallRecordListing page(ListedCallRecord... records) {
        pages.add(List.of(records));
        return this;
    }

    /** Reading the page with this index (from 0) fails. */
    public FakeCallRecordListing failingOnPage(int index) {
        failingPage = index;
        return this;
    }

    /** Each window listed, as {since, until}. */
    public List<Instant[]> windows() {
        return List.copyOf(windows);
    }

    public static ListedCallRecord listed(String id, long version) {
        return new ListedCallRecord(id, version, null);
    }

    @Override
    public Pages listCallRecords(Instant since, Instant until) {
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("window from " + since + " until " + until);
        }
        windows.add(new Instant[] {since, until});
        return new Pages() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < pages.size();
            }

            @Override
            public List<ListedCallRecord> next() throws IOException {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next == failingPage) {
                    throw new IOException("GET /communications/callRecords answered 503");
                }
                return pages.get(next++);
            }
        };
    }
}
