package org.crosscheck.core.article;

import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * A fact about an article together with where it came from, so that an editor can check it.
 *
 * @param value  what was found (never a guess: an unknown value is a {@code null} {@code Detected}, not this record)
 * @param source the characters of the stored text it was read from; {@code null} when it was given, not read
 * @param basis  how it was found: "given", "dateline", "credit line", "first line", ...
 */
public record Detected<T>(T value, Span source, String basis) {

    public static final String GIVEN = "given";

    public Detected {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }

    public static <T> Detected<T> given(T value) {
        return value == null ? null : new Detected<>(value, null, GIVEN);
    }

    public boolean isGiven() {
        return GIVEN.equals(basis);
    }
}
