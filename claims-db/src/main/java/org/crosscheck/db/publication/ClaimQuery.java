package org.crosscheck.db.publication;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lookup in the stored propositions: free {@code text} (null: newest first, filters only), an entity id, an
 * outlet name, a date (a mention published on or after it), a rating code of the published verdict, and where the
 * previous page ended.
 */
public record ClaimQuery(String text, Long entity, String outlet, LocalDate since, String rating, int limit, Position after) {

    /** How the results are ordered, fixed on the first page so that every later page continues the same list. */
    public enum Mode {
        /** every word of the text (PostgreSQL websearch syntax), ranked */
        STRICT,
        /** any two of its words, or any when it has fewer than three, ranked: when the strict match fills no page */
        BROAD,
        /** no text: newest proposition first */
        NEWEST
    }

    /** The last result of a page: the next page starts after it. */
    public record Position(Mode mode, BigDecimal score, long id) {
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
