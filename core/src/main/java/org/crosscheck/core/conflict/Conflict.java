package org.crosscheck.core.conflict;

import java.util.List;
import java.util.Objects;

/**
 * A disagreement an editor should look at: its kind, how much it matters, a plain-language explanation, every side
 * with its span, and the entities involved (ids), so the explanation can be checked against the text.
 */
public record Conflict(ConflictKind kind, Severity severity, String explanation, List<ConflictSide> sides, List<String> entities) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        sides = List.copyOf(sides);
        entities = List.copyOf(entities);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a conflict has at least two sides");
        }
    }

    /** Stable across runs: kind and the first side's place. */
    public String key() {
        ConflictSide first = sides.get(0);
        return kind.label() + "|" + first.document() + "|" + first.span().start() + "|" + first.span().end();
    }
}
