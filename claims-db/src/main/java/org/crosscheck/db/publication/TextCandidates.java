package org.crosscheck.db.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.db.publication.LexemeFrequencies.Snapshot;

/**
 * Which full-text queries find the candidates of a broad lookup, most telling first: pairs of the query's words (any
 * one word when it has fewer than three), ordered by how rare the pair is, and only as many as a fixed amount of
 * index reading allows. An index scan costs about as much as its rarer word's posting list, so pairs with a rare
 * word are cheap and specific, while a pair of two common words is read only when nothing rarer is there.
 */
final class TextCandidates {

    /** The index reading a lookup may spend: the rarer word's share of all mentions, summed over the scans. */
    static final double BUDGET = 0.02;
    static final int MOST_WORDS = 8;

    private TextCandidates() {
    }

    /** The tsquery texts to scan in order; empty when the text has no searchable word. */
    static List<String> broad(List<String> lexemes, Snapshot shares) {
        List<String> words = lexemes.stream().sorted(Comparator.comparingDouble(shares::share)).limit(MOST_WORDS).toList();
        List<Scan> scans = new ArrayList<>();
        if (words.size() < 3) {
            words.forEach(w -> scans.add(new Scan(quoted(w), shares.share(w), shares.share(w))));
        } else {
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size(); j++) {
                    double a = shares.share(words.get(i));
                    double b = shares.share(words.get(j));
                    scans.add(new Scan(quoted(words.get(i)) + " & " + quoted(words.get(j)), a * b, Math.min(a, b)));
                }
            }
        }
        scans.sort(Comparator.comparingDouble(Scan::rarity));
        List<String> chosen = new ArrayList<>();
        double spent = 0;
        for (Scan scan : scans) {
            if (!chosen.isEmpty() && spent + scan.cost() > BUDGET) {
                break;
            }
            chosen.add(scan.query());
            spent += scan.cost();
        }
        return chosen;
    }

    /** Any of the words, for ranking by cover density. */
    static String any(List<String> lexemes) {
        return String.join(" | ", lexemes.stream().map(TextCandidates::quoted).toList());
    }

    private record Scan(String query, double rarity, double cost) {
    }

    /** A lexeme as a tsquery operand: quoted, with quotes and backslashes doubled. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
