package org.crosscheck.web.newsroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.db.document.BodyRange;
import org.crosscheck.db.review.DocumentMarks.AttributionMark;
import org.crosscheck.db.review.DocumentMarks.ClaimMark;

/**
 * The stored text cut into pieces for the document page: each piece knows whether it is article body or page
 * chrome, which claim mention (the narrowest) and which attribution covers it. One sweep over the sorted edges,
 * so a page with thousands of marks stays linear in its size.
 */
public final class MarkedText {

    /** A piece of text; {@code anchor} is set on the first piece of a claim ({@code c-ID}) or attribution ({@code a-ID}). */
    public record Piece(String text, boolean body, ClaimMark claim, AttributionMark attribution, String anchor) {
        public String getCss() {
            return (body ? "body" : "chrome") + (claim != null ? " claim" : "") + (attribution != null ? " attributed" : "");
        }
    }

    private record Mark(int start, int end, long id, Object item) {
        int length() {
            return end - start;
        }
    }

    private MarkedText() {
    }

    public static List<Piece> of(String text, List<BodyRange> body, List<ClaimMark> claims, List<AttributionMark> attributions) {
        TreeMap<Integer, List<Runnable>> edges = new TreeMap<>();
        edges.put(0, new ArrayList<>());
        edges.put(text.length(), new ArrayList<>());
        Comparator<Mark> narrowest = Comparator.comparingInt(Mark::length).thenComparingLong(Mark::id);
        TreeSet<Mark> openClaims = new TreeSet<>(narrowest);
        TreeSet<Mark> openAttributions = new TreeSet<>(narrowest);
        int[] inBody = new int[1];
        for (BodyRange range : body) {
            on(edges, range.startOffset, text, () -> inBody[0]++);
            on(edges, range.endOffset, text, () -> inBody[0]--);
        }
        for (ClaimMark c : claims) {
            Mark mark = new Mark(c.start(), c.end(), c.id(), c);
            on(edges, c.start(), text, () -> openClaims.add(mark));
            on(edges, c.end(), text, () -> openClaims.remove(mark));
        }
        for (AttributionMark a : attributions) {
            Mark mark = new Mark(a.start(), a.end(), a.id(), a);
            on(edges, a.start(), text, () -> openAttributions.add(mark));
            on(edges, a.end(), text, () -> openAttributions.remove(mark));
        }
        List<Piece> pieces = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        Integer at = null;
        for (var edge : edges.entrySet()) {
            if (at != null && edge.getKey() > at) {
                ClaimMark claim = openClaims.isEmpty() ? null : (ClaimMark) openClaims.first().item();
                AttributionMark attribution = openAttributions.isEmpty() ? null : (AttributionMark) openAttributions.first().item();
                String anchor = claim != null && anchored.add("c-" + claim.id()) ? "c-" + claim.id()
                        : attribution != null && anchored.add("a-" + attribution.id()) ? "a-" + attribution.id() : null;
                pieces.add(new Piece(text.substring(at, edge.getKey()), inBody[0] > 0, claim, attribution, anchor));
            }
            edge.getValue().forEach(Runnable::run);
            at = edge.getKey();
        }
        return pieces;
    }

    /** Registers what changes at an offset; offsets outside the text (a stale mark) are clamped into it. */
    private static void on(TreeMap<Integer, List<Runnable>> edges, int offset, String text, Runnable change) {
        edges.computeIfAbsent(Math.max(0, Math.min(offset, text.length())), k -> new ArrayList<>()).add(change);
    }
}
