package com.calltriage.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/** Names the call records of a time window, page by page, so backfill can fetch what the store lacks. */
public interface CallRecordListing {

    /**
     * The records that started in {@code [since, until)}. Nothing is asked before the first {@link Pages#next()}.
     *
     * @throws IllegalArgumentException when the window does not start before it ends
     */
    Pages listCallRecords(Instant since, Instant until);

    /** One walk through a listing; not thread-safe. */
    interface Pages {

        boolean hasNext();

        /**
         * @return the records of the next page, possibly none
         * @throws NoSuchElementException after the last page
         * @throws IOException            when the listing could not be read; the same page is asked for again by
         *                                the next call
         */
        List<ListedCallRecord> next() throws IOException;
    }
}
