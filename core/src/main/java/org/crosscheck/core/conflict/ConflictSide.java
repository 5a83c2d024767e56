package org.crosscheck.core.conflict;

import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * One side of a conflict: the exact span in a document and what this side says ({@code account}: "credited to
 * Parliament (Egypt)", "dated 2019-11", "spelled Soukri"). {@code reference} names the claim mention or
 * attribution the span belongs to, when there is one (its statement id), else null.
 */
public record ConflictSide(String document, Span span, String account, String reference) {

    public ConflictSide {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(account, "account");
    }
}
