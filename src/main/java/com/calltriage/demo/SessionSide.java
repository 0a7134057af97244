package com.calltriage.demo;

/**
 * One side of a session: a person, or a Teams service, and the symptoms of the trouble on that side.
 *
 * @param person   who is on this side; null for a service (conferencing, the PSTN gateway)
 * @param symptoms those of the trouble on this side, {@link Symptoms#NONE} for a service
 */
record SessionSide(DemoPerson person, Symptoms symptoms) {

    static SessionSide service() {
        return new SessionSide(null, Symptoms.NONE);
    }

    boolean isService() {
        return person == null;
    }
}
