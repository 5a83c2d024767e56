package org.crosscheck.db.publication;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL's cover density, {@code ts_rank_cd(search, words, 32)}, for the lookup's query of any of its words
 * ({@code 'a' | 'b' | ...}), computed from the mention's tsvector as text. For a query of alternatives every matching
 * position is a cover of its own, so the rank is the sum of the matching positions' weights (0.1 for unweighted
 * positions, as the claim index has; 0.2, 0.4, 1.0 for C, B, A), scaled by rank / (rank + 1). Computing it here rather
 * than in SQL saves the lookup about a third of its ranking statement (measured in docs/benchmarks.md);
 * CoverDensityTest checks it against PostgreSQL's own function.
 */
final class CoverDensity {

    /** The weights PostgreSQL's ranking gives positions marked D (unmarked), C, B and A. */
    private static final double WEIGHT_D = 0.1;
    private static final double WEIGHT_C = 0.2;
    private static final double WEIGHT_B = 0.4;
    private static final double WEIGHT_A = 1.0;

    private final Map<String, Double> weightByLexeme;

    private CoverDensity(Map<String, Double> weightByLexeme) {
        this.weightByLexeme = weightByLexeme;
    }

    /** Reads a tsvector's text form: {@code 'lexeme':1,4B 'it''s':2}. */
    static CoverDensity of(String tsvector) {
        Map<String, Double> weights = new HashMap<>();
        int i = 0;
        int n = tsvector.length();
        while (i < n) {
            if (tsvector.charAt(i) != '\'') {
                i++;
                continue;
            }
            StringBuilder lexeme = new StringBuilder();
            i++;
            while (i < n) {
                char c = tsvector.charAt(i);
                if (c == '\'' && i + 1 < n && tsvector.charAt(i + 1) == '\'') {
                    lexeme.append('\'');
                    i += 2;
                } else if (c == '\\' && i + 1 < n) {
                    lexeme.append(tsvector.charAt(i + 1));
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    lexeme.append(c);
                    i++;
                }
            }
            double weight = 0;
            if (i < n && tsvector.charAt(i) == ':') {
                i++;
                while (i < n && tsvector.charAt(i) != ' ') {
                    char c = tsvector.charAt(i);
                    if (Character.isDigit(c) && (i + 1 == n || !Character.isDigit(tsvector.charAt(i + 1)))) {
                        char mark = i + 1 < n ? tsvector.charAt(i + 1) : ' ';
                        weight += mark == 'A' ? WEIGHT_A : mark == 'B' ? WEIGHT_B : mark == 'C' ? WEIGHT_C : WEIGHT_D;
                    }
                    i++;
                }
            }
            weights.put(lexeme.toString(), weight);
        }
        return new CoverDensity(weights);
    }

    /** {@code ts_rank_cd(search, 'a' | 'b' | ..., 32)} for the given lexemes. */
    double anyOf(Collection<String> lexemes) {
        double rank = 0;
        for (String lexeme : lexemes) {
            rank += weightByLexeme.getOrDefault(lexeme, 0.0);
        }
        return rank / (rank + 1);
    }

    /** {@code search @@ ('a' & 'b' & ...)}: every lexeme is there. */
    boolean hasEvery(Collection<String> lexemes) {
        return weightByLexeme.keySet().containsAll(lexemes);
    }
}
