package org.crosscheck.db.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.db.publication.LexemeFrequencies.Snapshot;

/**
 * Which full-text queries find the candidates of a broad lookup, most telling first: pairs of the query's words and
 * single words, ordered by how rare their matches are, and only as many as a fixed amount of index reading allows.
 * Measured on a million mentions: a scan of a rare word paired with a common one skips through the common word's
 * list (about a fifth of the cost of reading it whole), while two common words are read whole; so a pair costs its
 * rarer word's share plus a fifth of the other's. A word alone is scanned only when all its mentions fit among the
 * candidates (from three words on): otherwise which of them were kept would be chance. A text of common words only
 * still gets its rarest pair.
 */
final class TextCandidates {

    /** The index reading a lookup may spend, in shares of all mentions (see the class comment for a scan's cost). */
    static final double BUDGET = 0.02;
    static final int MOST_WORDS = 8;
    /** How much of a pair's commoner word's list a scan reads, skipping through it. */
    static final double SKIPPED_READING = 0.2;

    private TextCandidates() {
    }

    /** The tsquery texts to scan in order; empty when the text has no searchable word. */
    static List<String> broad(List<String> lexemes, Snapshot shares, int candidates) {
        List<String> words = lexemes.stream().sorted(Comparator.comparingDouble(shares::share)).limit(MOST_WORDS).toList();
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            double a = shares.share(words.get(i));
            if (words.size() < 3 || a * shares.mentions() <= candidates) {
                scans.add(new Scan(quoted(words.get(i)), a, a));
            }
            for (int j = i + 1; j < words.size() && words.size() >= 3; j++) {
                double b = shares.share(words.get(j));
                scans.add(new Scan(quoted(words.get(i)) + " & " + quoted(words.get(j)), a * b, a + b * SKIPPED_READING));
            }
        }
        scans.sort(Comparator.comparingDouble(Scan::rarity));
        List<String> chosen = new ArrayList<>();
        double spent = 0;
        for (Scan scan : scans) {
            if (spent + scan.cost() <= BUDGET) {
                chosen.add(scan.query());
                spent += scan.cost();
            }
        }
        if (chosen.isEmpty() && !scans.isEmpty()) {
            chosen.add(scans.get(0).query());
        }
        return chosen;
    }

    private record Scan(String query, double rarity, double cost) {
    }

    /** A lexeme as a tsquery operand: quoted, with quotes and backslashes doubled. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
