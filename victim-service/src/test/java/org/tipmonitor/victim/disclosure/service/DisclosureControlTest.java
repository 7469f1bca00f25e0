package org.tipmonitor.victim.disclosure.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static List<Object> key(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void aSingleSmallCellIsHiddenWithTheNextSmallest() {
        Map<List<Object>, Long> cells = new LinkedHashMap<>();
        cells.put(key("Female"), 30L);
        cells.put(key("Male"), 20L);
        cells.put(key((Object) null), 5L);
        var table = new DisclosureControl(1, -1, cells, 11).protect();
        assertThat(table.suppressed()).containsExactlyInAnyOrder(key((Object) null), key("Male"));
    }

    @Test
    void aSmallCellInTwoDimensionsIsProtectedByARectangle() {
        Map<List<Object>, Long> cells = new LinkedHashMap<>();
        cells.put(key(2019, "F"), 30L);
        cells.put(key(2019, "M"), 4L);
        cells.put(key(2020, "F"), 25L);
        cells.put(key(2020, "M"), 12L);
        cells.put(key(2021, "F"), 40L);
        cells.put(key(2021, "M"), 15L);
        var table = new DisclosureControl(2, -1, cells, 11).protect();
        // Rows and columns are published by the one-dimension answers, so one hidden cell per row or
        // column would be given away; the smallest rectangle through the small cell is hidden instead.
        assertThat(table.suppressed()).containsExactlyInAnyOrder(key(2019, "F"), key(2019, "M"), key(2020, "F"),
                key(2020, "M"));
    }

    @Test
    void aCellAloneInItsRowGetsAZeroCellAsPartner() {
        Map<List<Object>, Long> cells = new LinkedHashMap<>();
        cells.put(key("A", "x"), 40L);
        cells.put(key("A", "y"), 3L);
        cells.put(key("B", "x"), 50L);
        cells.put(key("B", "y"), 60L);
        cells.put(key("C", "x"), 30L);
        var table = new DisclosureControl(2, -1, cells, 11).protect();
        assertThat(table.suppressed()).contains(key("A", "y"));
        assertThat(table.suppressed().size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void withoutConstrainingMarginalsTypeCellsNeedNoComplement() {
        Map<List<Object>, Long> cells = new LinkedHashMap<>();
        cells.put(key("FORCED_LABOR"), 30L);
        cells.put(key("SEX_TRAFFICKING"), 5L);
        // Per-type counts do not add up to the case total, so the total gives nothing away.
        var table = new DisclosureControl(1, 0, cells, 11).protect();
        assertThat(table.suppressed()).containsExactly(key("SEX_TRAFFICKING"));
    }
}
