package org.crosscheck.core.conflict;

import java.util.Objects;
import org.crosscheck.core.text.Span;

/** One place where a document names an entity: the span, the words as written, and the entity (id, name, kind). */
public record NameSighting(String document, Span span, String surface, String entity, String entityName, String kind) {

    public NameSighting {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entity, "entity");
    }
}
