package org.tipmonitor.victim.disclosure.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cell suppression for a table of case counts grouped by some dimensions, under one filter.
 *
 * <p>Primary suppression hides every cell below the threshold k. Complementary suppression then hides
 * more cells until no hidden cell is determined by what a caller can know under the same filter: the
 * cells shown here, the cells shown by every coarser grouping (each one protected the same way, and
 * computed here exactly as its own request would compute it), the total, and the fact that a cell absent
 * from an answer is zero. "Determined" is linear: a hidden cell (or a hidden cell of a coarser grouping)
 * is determined when it is a linear combination of the published sums, which {@link PublishedSums}
 * decides exactly. Complementary cells are chosen smallest first, then zero cells, which are shown as
 * hidden too. The result depends only on the data, never on request order.
 *
 * <p>Exploitation type is special: a victim may have several types, so per-type cells do not add up to
 * case counts. A coarser grouping without the type gives no linear equation on cells with the type and is
 * left out of their check.
 */
final class DisclosureControl {

    private static final Comparator<Object> VALUE = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        @SuppressWarnings("unchecked")
        int c = ((Comparable<Object>) a).compareTo(b);
        return c;
    };
    static final Comparator<List<Object>> KEY = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = VALUE.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** A table of the grouping {@code mask} (bit i = dimension i of the request) and its hidden cells. */
    record Table(int mask, Map<List<Object>, Long> counts, Set<List<Object>> suppressed) {
    }

    private final int k;
    private final int dimensions;
    private final int typeDimension;
    private final Map<List<Object>, Long> cells;
    private final Map<Integer, Table> tables = new HashMap<>();

    /**
     * @param cells keys hold one value per dimension, in request order; counts are positive
     * @param typeDimension the position of the exploitation type among the dimensions, or -1
     */
    DisclosureControl(int dimensions, int typeDimension, Map<List<Object>, Long> cells, int k) {
        this.dimensions = dimensions;
        this.typeDimension = typeDimension;
        this.cells = cells;
        this.k = k;
    }

    Table protect() {
        return table((1 << dimensions) - 1);
    }

    private boolean hasType(int mask) {
        return typeDimension >= 0 && (mask & (1 << typeDimension)) != 0;
    }

    /** A coarser grouping gives linear equations on this one's cells unless it drops the type. */
    private boolean relevant(int sub, int mask) {
        return hasType(sub) || !hasType(mask);
    }

    private List<Integer> relevantSubs(int mask) {
        List<Integer> subs = new ArrayList<>();
        if (mask == 0) {
            return subs;
        }
        for (int sub = (mask - 1) & mask; ; sub = (sub - 1) & mask) {
            if (relevant(sub, mask)) {
                subs.add(sub);
            }
            if (sub == 0) {
                break;
            }
        }
        return subs;
    }

    private Table table(int mask) {
        Table done = tables.get(mask);
        if (done != null) {
            return done;
        }
        Map<List<Object>, Long> counts = new HashMap<>();
        int[] positions = positions((1 << dimensions) - 1, mask);
        cells.forEach((key, n) -> counts.merge(project(key, positions), n, Long::sum));
        List<Integer> subs = relevantSubs(mask);
        Map<Integer, Table> coarser = new LinkedHashMap<>();
        for (int sub : subs) {
            coarser.put(sub, table(sub));
        }
        Set<List<Object>> suppressed = new TreeSet<>(KEY);
        counts.forEach((key, n) -> {
            if (n > 0 && n < k) {
                suppressed.add(key);
            }
        });
        Table table = new Table(mask, counts, suppressed);
        while (true) {
            List<Target> determined = determined(table, coarser);
            if (determined.isEmpty()) {
                break;
            }
            if (!complement(table, coarser, determined)) {
                // No single cell helps any more: hide the whole table rather than leave a cell derivable.
                suppressed.addAll(counts.keySet());
                break;
            }
        }
        tables.put(mask, table);
        return table;
    }

    /** A hidden cell of this table (sub = -1), or of the coarser grouping sub, that can be derived. */
    private record Target(int sub, List<Object> key) {
    }

    /** Hides one more cell per derivable target; false when none could be found. */
    private boolean complement(Table table, Map<Integer, Table> coarser, List<Target> determined) {
        Set<List<Object>> picked = new HashSet<>();
        for (Target target : determined) {
            List<List<Object>> around = target.sub() < 0 ? around(table, coarser, target.key())
                    : slice(table, target.sub(), target.key());
            if (around.stream().anyMatch(picked::contains)) {
                continue;
            }
            List<Object> choice = around.stream()
                    .filter(c -> !table.suppressed().contains(c) && table.counts().containsKey(c))
                    .min(Comparator.<List<Object>>comparingLong(c -> table.counts().get(c)).thenComparing(KEY))
                    .orElse(null);
            if (choice == null && target.sub() < 0) {
                choice = around.stream()
                        .filter(c -> !table.suppressed().contains(c) && !table.counts().containsKey(c))
                        .filter(c -> zeroCanHide(table, coarser, c))
                        .min(KEY).orElse(null);
            }
            if (choice != null) {
                table.suppressed().add(choice);
                picked.add(choice);
            }
        }
        return !picked.isEmpty();
    }

    /**
     * Cells sharing a constrained line with a hidden cell: those of the lines where it is the only hidden
     * cell (the lines that give it away) when there are such lines, else of all its lines.
     */
    private List<List<Object>> around(Table table, Map<Integer, Table> coarser, List<Object> key) {
        List<List<List<Object>>> lines = lines(table, coarser, key);
        List<List<List<Object>>> alone = lines.stream()
                .filter(line -> line.stream().noneMatch(table.suppressed()::contains)).toList();
        return (alone.isEmpty() ? lines : alone).stream().flatMap(List::stream).toList();
    }

    /** The constrained lines through {@code key} (present and zero cells), the key itself excluded. */
    private List<List<List<Object>>> lines(Table table, Map<Integer, Table> coarser, List<Object> key) {
        List<List<List<Object>>> lines = new ArrayList<>();
        int[] dims = dimensionsOf(table.mask());
        for (int i = 0; i < dims.length; i++) {
            int sub = table.mask() & ~(1 << dims[i]);
            if (!coarser.containsKey(sub)) {
                continue;
            }
            Set<Object> values = new TreeSet<>(VALUE);
            boolean nullSeen = false;
            for (List<Object> c : table.counts().keySet()) {
                if (c.get(i) == null) {
                    nullSeen = true;
                } else {
                    values.add(c.get(i));
                }
            }
            List<Object> all = new ArrayList<>(values);
            if (nullSeen) {
                all.add(null);
            }
            List<List<Object>> line = new ArrayList<>();
            for (Object value : all) {
                List<Object> other = new ArrayList<>(key);
                other.set(i, value);
                if (!other.equals(key)) {
                    line.add(other);
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private List<List<Object>> slice(Table table, int sub, List<Object> subKey) {
        int[] positions = positions(table.mask(), sub);
        return table.counts().keySet().stream().filter(c -> project(c, positions).equals(subKey)).toList();
    }

    /** A zero cell may be hidden only where no coarser answer already shows its sums to be zero. */
    private boolean zeroCanHide(Table table, Map<Integer, Table> coarser, List<Object> key) {
        for (var entry : coarser.entrySet()) {
            List<Object> subKey = project(key, positions(table.mask(), entry.getKey()));
            Table sub = entry.getValue();
            if (!sub.counts().containsKey(subKey) && !sub.suppressed().contains(subKey)) {
                return false;
            }
        }
        return true;
    }

    /** Hidden cells of this table and of its coarser groupings that the published sums determine. */
    private List<Target> determined(Table table, Map<Integer, Table> coarser) {
        List<List<Object>> unknowns = new ArrayList<>(table.suppressed());
        Map<List<Object>, Integer> index = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            index.put(unknowns.get(i), i);
        }
        List<int[]> equations = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<int[]> targetVectors = new ArrayList<>();
        for (int i = 0; i < unknowns.size(); i++) {
            targets.add(new Target(-1, unknowns.get(i)));
            targetVectors.add(new int[] {i});
        }
        for (var entry : coarser.entrySet()) {
            int[] positions = positions(table.mask(), entry.getKey());
            Map<List<Object>, List<Integer>> bySum = new HashMap<>();
            for (int i = 0; i < unknowns.size(); i++) {
                bySum.computeIfAbsent(project(unknowns.get(i), positions), x -> new ArrayList<>()).add(i);
            }
            Table sub = entry.getValue();
            bySum.forEach((subKey, members) -> {
                if (!sub.suppressed().contains(subKey)) {
                    equations.add(members.stream().mapToInt(Integer::intValue).toArray());
                }
            });
            for (List<Object> hidden : sub.suppressed()) {
                targets.add(new Target(entry.getKey(), hidden));
                List<Integer> members = bySum.getOrDefault(hidden, List.of());
                targetVectors.add(members.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        PublishedSums published = new PublishedSums(unknowns.size(), equations);
        List<Target> determined = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (published.determines(targetVectors.get(t))) {
                determined.add(targets.get(t));
            }
        }
        return determined;
    }

    private int[] dimensionsOf(int mask) {
        return java.util.stream.IntStream.range(0, dimensions).filter(d -> (mask & (1 << d)) != 0).toArray();
    }

    /** For each dimension of {@code to}, its position in a key of {@code from}. */
    private int[] positions(int from, int to) {
        int[] fromDims = dimensionsOf(from);
        return Arrays.stream(dimensionsOf(to))
                .map(d -> Arrays.binarySearch(fromDims, d)).toArray();
    }

    private static List<Object> project(List<Object> key, int[] positions) {
        Object[] values = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = key.get(positions[i]);
        }
        return Arrays.asList(values);
    }
}
