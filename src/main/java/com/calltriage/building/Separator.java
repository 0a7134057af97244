package com.calltriage.building;

import java.util.ArrayList;
import java.util.List;

/** How the fields of a building file line are separated; CQD accepts tab- and comma-separated files. */
enum Separator {
    /** Tab-separated: no quoting, a field is everything between two tabs. */
    TAB {
        @Override
        List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\t", -1)) {
                fields.add(field.strip());
            }
            return fields;
        }
    },
    /**
     * Comma-separated as spreadsheets write it: a field may be quoted with double quotes, inside which
     * commas are data and {@code ""} is one quote. A record is one line; a quote left open is an error.
     */
    COMMA {
        @Override
        List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            int at = 0;
            while (true) {
                while (at < line.length() && line.charAt(at) == ' ') {
                    at++;
                }
                StringBuilder field = new StringBuilder();
                if (at < line.length() && line.charAt(at) == '"') {
                    at = readQuoted(line, at + 1, field);
                    while (at < line.length() && line.charAt(at) == ' ') {
                        at++;
                    }
                    if (at < line.length() && line.charAt(at) != ',') {
                        throw new IllegalArgumentException("field " + (fields.size() + 1)
                                + " has text after its closing quote");
                    }
                    fields.add(field.toString());
                } else {
                    int comma = line.indexOf(',', at);
                    int end = comma < 0 ? line.length() : comma;
                    String unquoted = line.substring(at, end);
                    if (unquoted.indexOf('"') >= 0) {
                        throw new IllegalArgumentException("field " + (fields.size() + 1)
                                + " has a quote but does not start with one");
                    }
                    fields.add(unquoted.strip());
                    at = end;
                }
                if (at >= line.length()) {
                    return fields;
                }
                at++; // past the comma
            }
        }

        /** Reads a quoted field's content from just after its opening quote; returns the index after the closing one. */
        private int readQuoted(String line, int from, StringBuilder field) {
            int at = from;
            while (at < line.length()) {
                char c = line.charAt(at);
                if (c != '"') {
                    field.append(c);
                    at++;
                } else if (at + 1 < line.length() && line.charAt(at + 1) == '"') {
                    field.append('"');
                    at += 2;
                } else {
                    return at + 1;
                }
            }
            throw new IllegalArgumentException("a quoted field is not closed");
        }
    };

    /**
     * Splits one line into its fields, unquoted and stripped of surrounding spaces.
     *
     * @throws IllegalArgumentException saying what is wrong with the quoting
     */
    abstract List<String> split(String line);

    /** A file is tab-separated if its first line has a tab, else comma-separated. */
    static Separator of(String firstLine) {
        return firstLine.indexOf('\t') >= 0 ? TAB : COMMA;
    }
}
