package com.calltriage.ingest;

/** A webhook body that is not a batch of Graph notifications; the message is short and safe to answer with. */
final class UnreadableNotificationsException extends Exception {
    UnreadableNotificationsException(String message) {
        super(message);
    }
}
