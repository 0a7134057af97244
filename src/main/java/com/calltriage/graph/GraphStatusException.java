package com.calltriage.graph;

import java.io.IOException;
import okhttp3.HttpUrl;

/** Microsoft Graph answered with an error status; the message names the request path, status and Graph's code. */
final class GraphStatusException extends IOException {
    private final int status;

    /**
     * @param errorCode  Graph's {@code error.code}, e.g. {@code Authorization_RequestDenied}; may be null
     * @param retryAfter the Retry-After header as sent; may be null
     */
    GraphStatusException(String method, HttpUrl url, int status, String errorCode, String retryAfter) {
        super(method + " " + url.encodedPath() + " answered " + status + (errorCode == null ? "" : " " + errorCode)
                + (retryAfter == null ? "" : ", Retry-After " + retryAfter));
        this.status = status;
    }

    int status() {
        return status;
    }
}
