package com.calltriage.summary;

import java.util.Set;

/** Who the managers are, for the morning card, and how the app reaches one the bot has no personal chat with. */
public interface ManagerDirectory {

    /**
     * The managers' Entra object ids, lower-case.
     *
     * @throws java.io.UncheckedIOException when the directory cannot be read; the next round asks again
     */
    Set<String> managerIds();

    /**
     * Installs the app for the person, so that Teams opens the bot's personal chat with them; true when it is
     * installed now or was before, false when it could not be (logged).
     */
    boolean installFor(String userObjectId);

    /** The managers a fixed list names; installing is not possible. */
    static ManagerDirectory of(Set<String> ids) {
        Set<String> copy = Set.copyOf(ids);
        return new ManagerDirectory() {
            @Override
            public Set<String> managerIds() {
                return copy;
            }

            @Override
            public boolean installFor(String userObjectId) {
                return false;
            }
        };
    }
}
