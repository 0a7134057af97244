package com.calltriage.ingest;

import java.nio.charset.StandardCharsets;

/**
 * A JSON value's own UTF-8 text without the spacing between its tokens: what a record's text is stored as when it
 * is cut from a file. Text inside strings, escapes included, is copied as it is, so the result says exactly what the
 * file said. The input must be one well-formed JSON value (the parser has read it already); nothing is checked here.
 */
final class CompactJson {
    private CompactJson() {
    }

    /** The value in {@code utf8[from, to)}, its insignificant whitespace left out. */
    static String of(byte[] utf8, int from, int to) {
        byte[] out = new byte[to - from];
        int length = 0;
        boolean inString = false;
        for (int i = from; i < to; i++) {
            byte b = utf8[i];
            if (inString) {
                out[length++] = b;
                if (b == '\\') {
                    // The escaped character, a quote or a backslash among them, never ends the string.
                    out[length++] = utf8[++i];
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
                out[length++] = b;
            } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                out[length++] = b;
            }
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }
}
