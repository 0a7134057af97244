package com.calltriage.graph;

import java.io.IOException;

/**
 * The token endpoint refused CallTriage or answered with something that is not a token. Unlike a network
 * failure this does not pass by itself: the app registration (id, secret, tenant) needs looking at.
 */
final class TokenRequestException extends IOException {
    TokenRequestException(String message) {
        super(message);
    }
}
