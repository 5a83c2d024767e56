package org.crosscheck.db.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.publication.ClaimQuery.Position;

/**
 * How a lookup orders its candidate propositions. Each candidate mention scores 0.6 × its cover density over the
 * question's words + 0.4 × the trigram similarity of its wording to the question, + 1 when it has every word; a
 * proposition takes its best mention's score, + 0.25 when the question names its actor by an alias. Scores are
 * rounded to six decimals, and ties go to the newer proposition, so a page and the cursor after it are exact.
 */
final class Ranking {

    static final double COVER_WEIGHT = 0.6;
    static final double TRIGRAM_WEIGHT = 0.4;
    static final double EVERY_WORD = 1;
    static final double ACTOR_NAMED = 0.25;

    private static final Comparator<Map.Entry<Long, BigDecimal>> BEST_FIRST =
            Map.Entry.<Long, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()).reversed();

    private final Trigrams question;
    private final Map<Long, Double> best = new HashMap<>();
    private final Map<Long, Boolean> actorNamed = new HashMap<>();

    Ranking(String question) {
        this.question = Trigrams.of(question);
    }

    void add(long proposition, String wording, double cover, boolean everyWord, boolean actorIsNamed) {
        double score = cover * COVER_WEIGHT + question.similarity(wording) * TRIGRAM_WEIGHT + (everyWord ? EVERY_WORD : 0);
        best.merge(proposition, score, Math::max);
        actorNamed.put(proposition, actorIsNamed);
    }

    /** Up to {@code count} propositions, best first, after the cursor when there is one. */
    Map<Long, BigDecimal> page(Position after, int count) {
        List<Map.Entry<Long, BigDecimal>> scored = new ArrayList<>(best.size());
        best.forEach((id, score) -> {
            double total = score + (actorNamed.get(id) ? ACTOR_NAMED : 0);
            scored.add(Map.entry(id, BigDecimal.valueOf(total).setScale(6, RoundingMode.HALF_UP)));
        });
        scored.sort(BEST_FIRST);
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<Long, BigDecimal> entry : scored) {
            if (out.size() == count) {
                break;
            }
            if (after == null || isAfter(entry, after)) {
                out.put(entry.getKey(), entry.getValue());
            }
        }
        return out;
    }

    private static boolean isAfter(Map.Entry<Long, BigDecimal> entry, Position after) {
        int byScore = entry.getValue().compareTo(after.score());
        return byScore < 0 || byScore == 0 && entry.getKey() < after.id();
    }
}
