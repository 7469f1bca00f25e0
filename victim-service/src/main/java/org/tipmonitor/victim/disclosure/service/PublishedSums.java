package org.tipmonitor.victim.disclosure.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a caller can work out from published sums. The unknowns are the hidden cells of a table; each
 * equation says that the hidden cells it lists add up to a number the caller knows (a published sum
 * minus the cells shown on its line). {@link #determines} decides whether the sum of some hidden cells
 * (one cell alone, or all cells behind a hidden cell of a coarser table) follows from those equations,
 * i.e. whether it is a linear combination of them: then disclosure control must hide more.
 *
 * <p>The check is exact: Gauss-Jordan elimination modulo a prime (no rounding, unlike floating point),
 * done separately on each connected part of the unknowns (unknowns linked by a shared equation), which
 * keeps the matrices small. A part of more than {@link #MAX_UNKNOWNS} unknowns is refused as too slow.
 */
final class PublishedSums {

    /** A prime below 2^31, so that a product of two residues fits in a long. */
    private static final long P = 2_147_483_647L;
    /** Above this many unknowns in one connected part, exact checking is too slow for a request. */
    static final int MAX_UNKNOWNS = 1500;

    private final int[] part;
    private final int[] local;
    private final List<long[][]> reduced = new ArrayList<>();
    private final List<int[]> pivotRowOfColumn = new ArrayList<>();

    /**
     * @param unknowns the number of hidden cells, numbered from 0
     * @param equations each lists the hidden cells whose sum the caller knows
     * @throws TooDetailed when a connected part has more than {@link #MAX_UNKNOWNS} unknowns
     */
    PublishedSums(int unknowns, List<int[]> equations) {
        int[] parent = new int[unknowns];
        Arrays.setAll(parent, i -> i);
        for (int[] eq : equations) {
            for (int i = 1; i < eq.length; i++) {
                parent[find(parent, eq[i])] = find(parent, eq[0]);
            }
        }
        part = new int[unknowns];
        local = new int[unknowns];
        Map<Integer, Integer> parts = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < unknowns; i++) {
            int root = find(parent, i);
            Integer p = parts.get(root);
            if (p == null) {
                p = parts.size();
                parts.put(root, p);
                sizes.add(0);
            }
            part[i] = p;
            local[i] = sizes.get(p);
            sizes.set(p, local[i] + 1);
        }
        List<List<int[]>> rowsOfPart = new ArrayList<>();
        for (int p = 0; p < sizes.size(); p++) {
            if (sizes.get(p) > MAX_UNKNOWNS) {
                throw new TooDetailed();
            }
            rowsOfPart.add(new ArrayList<>());
        }
        for (int[] eq : equations) {
            rowsOfPart.get(part[eq[0]]).add(eq);
        }
        for (int p = 0; p < sizes.size(); p++) {
            int n = sizes.get(p);
            List<int[]> eqs = rowsOfPart.get(p);
            long[][] m = new long[eqs.size()][n];
            for (int r = 0; r < eqs.size(); r++) {
                for (int u : eqs.get(r)) {
                    m[r][local[u]] = 1;
                }
            }
            int[] pivots = new int[n];
            Arrays.fill(pivots, -1);
            int rank = 0;
            for (int col = 0; col < n && rank < m.length; col++) {
                int row = rank;
                while (row < m.length && m[row][col] == 0) {
                    row++;
                }
                if (row == m.length) {
                    continue;
                }
                long[] swap = m[row];
                m[row] = m[rank];
                m[rank] = swap;
                long inverse = power(m[rank][col], P - 2);
                for (int j = 0; j < n; j++) {
                    m[rank][j] = m[rank][j] * inverse % P;
                }
                for (int r = 0; r < m.length; r++) {
                    long factor = m[r][col];
                    if (r != rank && factor != 0) {
                        for (int j = 0; j < n; j++) {
                            if (m[rank][j] != 0) {
                                m[r][j] = Math.floorMod(m[r][j] - factor * m[rank][j], P);
                            }
                        }
                    }
                }
                pivots[col] = rank++;
            }
            reduced.add(Arrays.copyOf(m, rank));
            pivotRowOfColumn.add(pivots);
        }
    }

    /** True when the sum of these unknowns (all of them when empty: a known zero) is derivable. */
    boolean determines(int[] unknowns) {
        Map<Integer, long[]> vectors = new HashMap<>();
        for (int u : unknowns) {
            long[] v = vectors.computeIfAbsent(part[u], p -> new long[pivotRowOfColumn.get(p).length]);
            v[local[u]] = 1;
        }
        for (var entry : vectors.entrySet()) {
            long[] v = entry.getValue();
            long[][] rows = reduced.get(entry.getKey());
            int[] pivots = pivotRowOfColumn.get(entry.getKey());
            long[] rest = v.clone();
            for (int col = 0; col < v.length; col++) {
                if (v[col] != 0 && pivots[col] >= 0) {
                    long[] row = rows[pivots[col]];
                    for (int j = 0; j < rest.length; j++) {
                        if (row[j] != 0) {
                            rest[j] = Math.floorMod(rest[j] - v[col] * row[j], P);
                        }
                    }
                }
            }
            for (long x : rest) {
                if (x != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        base %= P;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    }
}
