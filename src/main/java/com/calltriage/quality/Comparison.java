package com.calltriage.quality;

/** How a rule compares a measured value with its threshold. */
public enum Comparison {
    ABOVE(">"),
    AT_LEAST(">="),
    BELOW("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean breaches(double value, double threshold) {
        return switch (this) {
            case ABOVE -> value > threshold;
            case AT_LEAST -> value >= threshold;
            case BELOW -> value < threshold;
        };
    }

    /**
     * How far past the threshold the value is, as a ratio (2.0 = twice as bad as allowed), so reasons
     * about different metrics can be ranked against each other.
     */
    public double severityRatio(double value, double threshold) {
        if (this == BELOW) {
            return value <= 0 ? Double.MAX_VALUE : threshold / value;
        }
        return threshold <= 0 ? Double.MAX_VALUE : value / threshold;
    }
}
