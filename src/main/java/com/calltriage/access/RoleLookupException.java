package com.calltriage.access;

/**
 * The caller's roles could not be established (the directory refused, was throttled, failed or did not
 * answer in time). The caller is refused: access never falls back to a default role.
 */
public class RoleLookupException extends RuntimeException {
    private final String whatHappened;

    /**
     * @param whatHappened one sentence for the person refused, e.g. "Microsoft Graph did not answer in time"
     */
    public RoleLookupException(String whatHappened, Throwable cause) {
        super(whatHappened, cause);
        this.whatHappened = whatHappened;
    }

    public String whatHappened() {
        return whatHappened;
    }
}
