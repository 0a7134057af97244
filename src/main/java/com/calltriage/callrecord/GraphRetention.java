package com.calltriage.callrecord;

import java.time.Duration;

/** How long Microsoft Graph keeps call records: older ones can be neither fetched nor listed. */
public final class GraphRetention {
    /** 30 days, as Graph documents for callRecords. */
    public static final Duration PERIOD = Duration.ofDays(30);

    private GraphRetention() {
    }
}
