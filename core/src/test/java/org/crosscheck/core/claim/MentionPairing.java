package org.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.text.Span;

/** One-to-one pairing of gold and found mentions by character overlap, best overlap first, as the scorer pairs them. */
final class MentionPairing {

    /** A span in a file. */
    record Located(String file, Span span) {
    }

    /** When two spans are the same mention. */
    interface Overlap {
        boolean matches(Span a, Span b);
    }

    /** The rule the brief states: Jaccard at least 0.5 or containment at least 0.8. */
    static final Overlap BRIEF = (a, b) -> jaccard(a, b) >= 0.5 || containment(a, b) >= 0.8;
    /** The scorer's looser rule for claim mentions. */
    static final Overlap SCORER = (a, b) -> jaccard(a, b) >= 0.3 || containment(a, b) >= 0.6 && jaccard(a, b) >= 0.25;

    private MentionPairing() {
    }

    /** Pairs as {gold index, found index}. */
    static List<int[]> pairs(List<Located> golds, List<Located> found, Overlap rule) {
        List<double[]> candidates = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                Located a = golds.get(g);
                Located b = found.get(f);
                if (a.file().equals(b.file()) && rule.matches(a.span(), b.span())) {
                    candidates.add(new double[] {jaccard(a.span(), b.span()), g, f});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> c[0]).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedFound = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int g = (int) c[1];
            int f = (int) c[2];
            if (!usedGold.contains(g) && !usedFound.contains(f)) {
                usedGold.add(g);
                usedFound.add(f);
                pairs.add(new int[] {g, f});
            }
        }
        return pairs;
    }

    static double jaccard(Span a, Span b) {
        int inter = intersection(a, b);
        return inter == 0 ? 0 : (double) inter / (Math.max(a.end(), b.end()) - Math.min(a.start(), b.start()));
    }

    static double containment(Span a, Span b) {
        int inter = intersection(a, b);
        return inter == 0 ? 0 : (double) inter / Math.min(a.length(), b.length());
    }

    private static int intersection(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
