package com.calltriage.store;

/**
 * A prepared call once its record row is written: the number the database gave the record, which keys every row
 * derived from it, and whether the row was inserted in this transaction (then nothing derived from it is stored yet).
 */
record StoredCall(PreparedCall call, long seq, boolean firstStored) {
}
