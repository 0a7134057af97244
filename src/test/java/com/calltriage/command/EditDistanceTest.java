package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest(name = "{0} -> {1} takes {2}")
    @CsvSource({"alice, alice, 0", "alcie, alice, 1", "alic, alice, 1", "bob, alice, 5", "'', abc, 3",
                "shwo lats, show last, 2"})
    void countsEditsWithSwappedLettersAsOne(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
    }
}
