package com.calltriage.callrecord;

/**
 * The directory could not be searched (throttled, failing, not answering in time, or not permitted). Whoever
 * asked is told so: a failed search is never taken for "nobody has that name".
 */
public class DirectoryUnavailableException extends RuntimeException {
    /** @param whatHappened one sentence for the person asking, e.g. "Microsoft Graph failed (HTTP 503)" */
    public DirectoryUnavailableException(String whatHappened, Throwable cause) {
        super(whatHappened, cause);
    }

    /** What the person asking reads about the failure. */
    public String whatHappened() {
        return getMessage();
    }
}
