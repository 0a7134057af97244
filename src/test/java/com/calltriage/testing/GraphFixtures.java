package com.calltriage.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Graph JSON documents kept under src/test/resources/graph. */
public final class GraphFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphFixtures() {
    }

    public static JsonNode load(String name) {
        try (InputStream in = GraphFixtures.class.getResourceAsStream("/graph/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parseJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
