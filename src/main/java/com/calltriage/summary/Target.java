package com.calltriage.summary;

/**
 * Microsoft's targets for Teams call quality, from the Teams quality of experience review guide: the share of audio
 * streams, setups and calls that may go wrong, over all calls and inside the corporate network.
 */
public enum Target {
    POOR_AUDIO_STREAMS(0.030, 0.020),
    CALL_SETUP_FAILURES(0.010, 0.005),
    DROPPED_CALLS(0.030, 0.020);

    private final double overall;
    private final double insideCorp;

    Target(double overall, double insideCorp) {
        this.overall = overall;
        this.insideCorp = insideCorp;
    }

    public double overall() {
        return overall;
    }

    public double insideCorp() {
        return insideCorp;
    }

    /** Whether a measured rate misses the target; a rate with nothing behind it (NaN) misses nothing. */
    public boolean missedBy(double rate, boolean inside) {
        return !Double.isNaN(rate) && rate > (inside ? insideCorp : overall);
    }
}
