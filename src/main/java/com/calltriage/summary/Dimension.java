package com.calltriage.summary;

/** What the totals are broken down by; each name is how the store keeps it. */
public enum Dimension {
    /** Every call: the value is always {@link #ALL_VALUE}. */
    ALL("all"),
    /** The main cause of poor calls, in plain words. */
    CAUSE("cause"),
    /** The building of a person's network, from the CQD building file. */
    BUILDING("building"),
    /** The subnet of a network in no building of the file. */
    NETWORK("network"),
    /** Wired, Wi-Fi 2.4 GHz, Wi-Fi 5 GHz, VPN, mobile. */
    CONNECTION("connection"),
    /** Inside or outside the corporate network. */
    CORP("corp"),
    /** The Teams client's platform and version. */
    VERSION("version");

    public static final String ALL_VALUE = "all";

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException for a key no dimension has */
    public static Dimension ofKey(String key) {
        for (Dimension dimension : values()) {
            if (dimension.key.equals(key)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("Unknown dimension: " + key);
    }
}
