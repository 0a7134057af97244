package com.calltriage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarksTest {

    @Test
    void aMarkForEachValueSeparatedByCommas() {
        assertThat(Marks.of(3)).isEqualTo("?, ?, ?");
        assertThat(Marks.of(1)).isEqualTo("?");
    }

    @Test
    void valuesAreCutInOrderIntoListsThatFitOneStatement() {
        List<Integer> values = IntStream.range(0, 2 * Marks.MOST_PER_STATEMENT + 1).boxed().toList();

        List<List<Integer>> chunks = Marks.chunks(values);

        assertThat(chunks).extracting(List::size)
                .containsExactly(Marks.MOST_PER_STATEMENT, Marks.MOST_PER_STATEMENT, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
    }

    @Test
    void noValuesMakeNoLists() {
        assertThat(Marks.chunks(List.of())).isEmpty();
    }
}
