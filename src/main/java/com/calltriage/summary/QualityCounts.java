package com.calltriage.summary;

/**
 * Counts of calls, as the summary adds them up. For a breakdown (a building, a connection type) a call counts once
 * for each value one of its people had, and is poor there when the trouble was on that person's side.
 *
 * @param calls       calls
 * @param poor        calls rated Poor
 * @param unrated     calls rated Unavailable: no quality data and nothing failed
 * @param setupFailed calls with a session that failed to set up
 * @param dropped     calls with a session that dropped
 * @param audioGood   audio streams classified and not poor (CQD's good streams)
 * @param audioPoor   audio streams classified poor
 */
public record QualityCounts(long calls, long poor, long unrated, long setupFailed, long dropped, long audioGood,
                            long audioPoor) {
    public static final QualityCounts NONE = new QualityCounts(0, 0, 0, 0, 0, 0, 0);

    public QualityCounts plus(QualityCounts other) {
        return new QualityCounts(calls + other.calls, poor + other.poor, unrated + other.unrated,
                setupFailed + other.setupFailed, dropped + other.dropped, audioGood + other.audioGood,
                audioPoor + other.audioPoor);
    }

    public QualityCounts negated() {
        return new QualityCounts(-calls, -poor, -unrated, -setupFailed, -dropped, -audioGood, -audioPoor);
    }

    /** Poor calls among the rated ones, as a fraction; NaN when none was rated. */
    public double poorRate() {
        return ratio(poor, calls - unrated);
    }

    public double setupFailureRate() {
        return ratio(setupFailed, calls);
    }

    public double dropRate() {
        return ratio(dropped, calls);
    }

    /** CQD's poor stream rate: poor / (poor + good) audio streams. */
    public double poorAudioRate() {
        return ratio(audioPoor, audioPoor + audioGood);
    }

    private static double ratio(long part, long whole) {
        return whole <= 0 ? Double.NaN : (double) part / whole;
    }
}
