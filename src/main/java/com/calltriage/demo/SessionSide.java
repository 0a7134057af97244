package com.calltriage.demo;

/**
 * One side of a session: a person, or a Teams service, and the trouble on that side.
 *
 * @param person  who is on this side; null for a service (conferencing, the PSTN gateway)
 * @param trouble the trouble on this side, {@link DemoTrouble#NONE} for a service
 */
record SessionSide(DemoPerson person, DemoTrouble trouble) {

    static SessionSide service() {
        return new SessionSide(null, DemoTrouble.NONE);
    }

    boolean isService() {
        return person == null;
    }
}
