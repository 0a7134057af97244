package com.calltriage.callrecord.json;


/** The JSON is not a call record we can keep; the message says where and why, for the person importing it. */
public class InvalidCallRecordException extends RuntimeException {
    public InvalidCallRecordException(String message) {
        super(message);
    }
}
