package org.tipmonitor.victim.disclosure.service;

import java.util.Arrays;

/**
 * The perturbation table ("p-table") of the cell-key method: for a cell's true count n (n ≥ k; smaller
 * non-zero cells are hidden, not perturbed) and its cell key (the sum of its records' record keys modulo
 * {@link #KEY_RANGE}, uniform on 0..KEY_RANGE-1 since the record keys are), the noise added to it.
 *
 * <p>Properties, fixed by construction:
 * <ul>
 *   <li>The noise d lies in -D..D (D = max noise).</li>
 *   <li>Zeros stay zeros (an empty cell is never looked up: it is absent from every answer), and a shown
 *       count is never pushed below k: for n < k + D the noise is at least k - n, so a published count
 *       ≥ k never makes a hidden-size cell appear, and no non-zero cell becomes zero.</li>
 *   <li>Unbiased: every row has mean 0. For n ≥ k + D the row is a Gaussian shape discretized on -D..D
 *       whose variance is V; rows near k lose their lower tail and are tilted (p(d)·e^(λd)) back to mean
 *       0, so their variance is smaller (n = k has none: it is always published as k).</li>
 * </ul>
 * The table, like the record keys, stays in the service: partners learn D and V (README), never keys.
 */
public final class PerturbationTable {

    /** Record keys and cell keys are in 0..KEY_RANGE-1 (the migration draws record keys of 20 bits). */
    public static final int KEY_RANGE = 1 << 20;

    private final int k;
    private final int maxNoise;
    /** Row r is for n = k + r (r < D), row D for every n ≥ k + D; index d + D. */
    private final double[][] probabilities;
    /** Cumulative probabilities in key units: the noise of key x is the first d with x < cumulative[d + D]. */
    private final long[][] cumulative;

    public PerturbationTable(int k, int maxNoise, double variance) {
        if (maxNoise < 0 || (maxNoise > 0 && (variance <= 0 || variance >= maxNoise * (maxNoise + 1) / 3.0))) {
            throw new IllegalArgumentException("tip.disclosure.cell-key: need max-noise ≥ 0 and 0 < variance < "
                    + "D(D+1)/3 = " + maxNoise * (maxNoise + 1) / 3.0 + "; got D = " + maxNoise + ", V = " + variance);
        }
        this.k = k;
        this.maxNoise = maxNoise;
        double[] shape = gaussianShape(maxNoise, variance);
        probabilities = new double[maxNoise + 1][];
        cumulative = new long[maxNoise + 1][];
        for (int r = 0; r <= maxNoise; r++) {
            probabilities[r] = unbiased(shape, maxNoise, -r);
            cumulative[r] = cumulative(probabilities[r]);
        }
    }

    public int maxNoise() {
        return maxNoise;
    }

    /** The published value of a cell with {@code count} ≥ k records whose keys sum to {@code keySum}. */
    public long perturb(long count, long keySum) {
        return count + noise(count, keySum);
    }

    public int noise(long count, long keySum) {
        if (count < k) {
            throw new IllegalArgumentException("cells under the threshold are hidden, not perturbed");
        }
        long key = Math.floorMod(keySum, (long) KEY_RANGE);
        long[] row = cumulative[row(count)];
        for (int i = 0; i < row.length; i++) {
            if (key < row[i]) {
                return i - maxNoise;
            }
        }
        throw new IllegalStateException("the last cumulative probability is the key range");
    }

    /** P(noise = d) for a count, as an array indexed d + D (a copy). */
    public double[] probabilities(long count) {
        return probabilities[row(count)].clone();
    }

    private int row(long count) {
        return (int) Math.min(count - k, maxNoise);
    }

    /** p(d) ∝ exp(-d²/2σ²) on -D..D, σ chosen (by bisection) so that the variance is V. */
    private static double[] gaussianShape(int maxNoise, double variance) {
        if (maxNoise == 0) {
            return new double[] {1};
        }
        double low = 1e-3;
        double high = 1e3;
        for (int i = 0; i < 200; i++) {
            double sigma = (low + high) / 2;
            if (moment(normalize(gaussian(maxNoise, sigma)), maxNoise, 2) < variance) {
                low = sigma;
            } else {
                high = sigma;
            }
        }
        return normalize(gaussian(maxNoise, (low + high) / 2));
    }

    private static double[] gaussian(int maxNoise, double sigma) {
        double[] p = new double[2 * maxNoise + 1];
        for (int d = -maxNoise; d <= maxNoise; d++) {
            p[d + maxNoise] = Math.exp(-d * (double) d / (2 * sigma * sigma));
        }
        return p;
    }

    /** The shape cut to d ≥ lowest and tilted by e^(λd) until its mean is 0. */
    private static double[] unbiased(double[] shape, int maxNoise, int lowest) {
        double[] cut = shape.clone();
        for (int d = -maxNoise; d < lowest; d++) {
            cut[d + maxNoise] = 0;
        }
        if (lowest >= 0) {
            // Nothing below zero is allowed, so a mean of 0 leaves only d = 0.
            double[] exact = new double[shape.length];
            exact[maxNoise] = 1;
            return exact;
        }
        double low = -50;
        double high = 50;
        for (int i = 0; i < 200; i++) {
            double lambda = (low + high) / 2;
            if (moment(tilt(cut, maxNoise, lambda), maxNoise, 1) < 0) {
                low = lambda;
            } else {
                high = lambda;
            }
        }
        return tilt(cut, maxNoise, (low + high) / 2);
    }

    private static double[] tilt(double[] p, int maxNoise, double lambda) {
        double[] tilted = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            tilted[i] = p[i] * Math.exp(lambda * (i - maxNoise));
        }
        return normalize(tilted);
    }

    private static double[] normalize(double[] p) {
        double sum = Arrays.stream(p).sum();
        return Arrays.stream(p).map(x -> x / sum).toArray();
    }

    /** The mean (power 1) or, for a zero-mean row, the variance (power 2). */
    static double moment(double[] p, int maxNoise, int power) {
        double m = 0;
        for (int i = 0; i < p.length; i++) {
            m += p[i] * Math.pow(i - maxNoise, power);
        }
        return m;
    }

    private static long[] cumulative(double[] p) {
        long[] c = new long[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += p[i];
            c[i] = Math.round(sum * KEY_RANGE);
        }
        c[c.length - 1] = KEY_RANGE;
        return c;
    }
}
