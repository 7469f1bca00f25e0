package org.tipmonitor.victim.disclosure.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The perturbation table's documented properties, for the configured parameters k = 11, D = 3, V = 2. */
class PerturbationTableTest {

    private static final int K = 11;
    private final PerturbationTable table = new PerturbationTable(K, 3, 2.0);

    @Test
    void everyRowIsUnbiasedWithinPlusMinusDAndFarRowsHaveTheVarianceV() {
        for (long n = K; n < K + 10; n++) {
            double[] p = table.probabilities(n);
            assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-9));
            assertThat(PerturbationTable.moment(p, 3, 1)).as("mean of row " + n).isCloseTo(0, within(1e-6));
            for (int d = -3; d < K - n; d++) {
                assertThat(p[d + 3]).as("row " + n + " must not go below k").isZero();
            }
        }
        assertThat(PerturbationTable.moment(table.probabilities(K + 3), 3, 2)).isCloseTo(2.0, within(1e-6));
        assertThat(table.probabilities(K)[3]).as("a count of exactly k is published as k").isEqualTo(1.0);
        System.out.println("p-table, k = 11, D = 3, V = 2 (noise -3..3):");
        for (long n = K; n <= K + 3; n++) {
            System.out.printf("n %s: %s, variance %.3f%n", n == K + 3 ? ">= 14" : "= " + n,
                    Arrays.toString(Arrays.stream(table.probabilities(n)).map(x -> Math.round(x * 1e4) / 1e4).toArray()),
                    PerturbationTable.moment(table.probabilities(n), 3, 2));
        }
    }

    @Test
    void uniformCellKeysGiveTheTablesDistributionAndNeverAShownCountBelowK() {
        Random random = new Random(7);
        int[] seen = new int[7];
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            long n = K + random.nextInt(40);
            long published = table.perturb(n, random.nextInt(PerturbationTable.KEY_RANGE));
            assertThat(published).isBetween(Math.max(K, n - 3), n + 3);
            if (n >= K + 3) {
                seen[(int) (published - n) + 3]++;
            }
        }
        int far = Arrays.stream(seen).sum();
        double[] p = table.probabilities(K + 3);
        for (int d = 0; d < 7; d++) {
            assertThat(seen[d] / (double) far).as("P(noise = " + (d - 3) + ")").isCloseTo(p[d], within(0.01));
        }
    }

    @Test
    void theSameCountAndKeySumAlwaysGiveTheSameNumber() {
        assertThat(table.perturb(57, 123_456_789L)).isEqualTo(table.perturb(57, 123_456_789L))
                .isEqualTo(new PerturbationTable(K, 3, 2.0).perturb(57, 123_456_789L + PerturbationTable.KEY_RANGE));
    }

    @Test
    void aVarianceTheRangeCannotHaveIsRefusedAtStart() {
        assertThatThrownBy(() -> new PerturbationTable(K, 3, 4.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variance");
        assertThat(new PerturbationTable(K, 0, 0).perturb(20, 999)).isEqualTo(20);
    }
}
