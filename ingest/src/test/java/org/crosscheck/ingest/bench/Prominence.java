package org.crosscheck.ingest.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How often the news names each of {@code n} things, most prominent first: the k-th (from 0) is picked with
 * weight 1/(k + 1 + offset)^exponent (Zipf-Mandelbrot), so a few countries, leaders and words turn up everywhere
 * and most rarely. The offset flattens the head: content words are Zipfian only once the function words that
 * extraction drops ("the", "of", "said") are gone.
 */
final class Prominence {

    private final double[] cumulative;

    Prominence(int n, double exponent) {
        this(n, exponent, 0);
    }

    Prominence(int n, double exponent, double offset) {
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1 + offset, exponent);
            cumulative[k] = sum;
        }
    }

    /** An index in [0, n): 0 most often. */
    int pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}
