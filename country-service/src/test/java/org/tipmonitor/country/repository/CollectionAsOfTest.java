package org.tipmonitor.country.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tipmonitor.country.model.CollectionRevisionKey;

/** How a past list is put together from the rows Envers wrote for it (HistoryRepository.asOf). */
class CollectionAsOfTest {

    record Row(CollectionRevisionKey key, String element) {
    }

    static Row row(int position, long revision, int type, String element) {
        return new Row(new CollectionRevisionKey(1, position, revision, (short) type), element);
    }

    static List<String> asOf(List<Row> rows, long revision) {
        return HistoryRepository.asOf(rows, revision, Row::key, Row::element);
    }

    // Revision 1 adds a and b; 2 replaces b by c (removal and addition at position 1); 3 removes a's
    // successor at position 1 and keeps a; 4 adds d at position 1 again.
    static final List<Row> ROWS = List.of(
            row(0, 1, 0, "a"), row(1, 1, 0, "b"),
            row(1, 2, 2, "b"), row(1, 2, 0, "c"),
            row(1, 3, 2, "c"),
            row(1, 4, 0, "d"));

    @Test
    void aListIsWhatItsRowsAddedUpToThatRevision() {
        assertThat(asOf(ROWS, 1)).containsExactly("a", "b");
    }

    @Test
    void anElementReplacedInOneRevisionShowsItsNewValue() {
        assertThat(asOf(ROWS, 2)).containsExactly("a", "c");
    }

    @Test
    void aRemovedElementIsGoneFromThatRevisionOnUntilAnotherTakesItsPlace() {
        assertThat(asOf(ROWS, 3)).containsExactly("a");
        assertThat(asOf(ROWS, 4)).containsExactly("a", "d");
    }

    @Test
    void beforeTheFirstRevisionTheListIsEmpty() {
        assertThat(asOf(ROWS, 0)).isEmpty();
    }
}
