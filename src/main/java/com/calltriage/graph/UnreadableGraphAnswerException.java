package com.calltriage.graph;

import java.io.IOException;

/** Microsoft Graph answered 2xx with something that is not the JSON its documentation promises. */
final class UnreadableGraphAnswerException extends IOException {
    UnreadableGraphAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
