package org.crosscheck.core.conflict;

import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * Something credited to an actor in one document, as attribution checks see it: a statement ({@code speech},
 * quoted when {@code direct}) or an act ("the assembly declared a state of emergency"). The actor is given by
 * entity id, display name, country (null when unknown) and institution class ("parliament"; null for people and
 * named bodies); {@code credit} is the span that gives the credit ("Egypt's parliament said", or the act's clause)
 * with its text, {@code content} what was said or done.
 */
public record Credit(String document, String reference, String speaker, String speakerName, String country, String institution,
                     boolean speech, boolean direct, Span credit, String creditText, String content) {

    public Credit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(content, "content");
    }

    boolean sameKindOfBodyAs(Credit other) {
        return institution != null && institution.equals(other.institution) && !speaker.equals(other.speaker)
                && country != null && other.country != null && !country.equals(other.country);
    }
}
