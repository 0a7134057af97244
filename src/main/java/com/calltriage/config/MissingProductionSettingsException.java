package com.calltriage.config;

import java.util.List;

/** Settings the {@code prod} profile cannot start without, by name; see {@link ProductionSettingsCheck}. */
public class MissingProductionSettingsException extends RuntimeException {
    private final List<String> missing;

    MissingProductionSettingsException(List<String> missing) {
        super("The prod profile needs " + String.join(", ", missing) + ", which "
                + (missing.size() == 1 ? "is" : "are") + " not set");
        this.missing = List.copyOf(missing);
    }

    /** Each missing setting, as its property name with the environment variable that sets it. */
    public List<String> missing() {
        return missing;
    }
}
