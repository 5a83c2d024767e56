package org.crosscheck.core.article;

import java.util.List;
import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * An article ready for reading claims: its stored text untouched, the ranges of it that are body, the body's
 * sentences and the article's metadata. Every span indexes {@link #text()}.
 */
public record PreparedArticle(String text, List<Span> body, List<Sentence> sentences, ArticleMetadata metadata) {

    public PreparedArticle {
        Objects.requireNonNull(text, "text");
        body = List.copyOf(body);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The body ranges' text joined by blank lines; offsets into it are not offsets into {@link #text()}. */
    public String bodyText() {
        return bodyText(text, body);
    }

    /** The given body ranges of {@code text} joined by blank lines. */
    public static String bodyText(String text, List<Span> body) {
        StringBuilder joined = new StringBuilder();
        for (Span range : body) {
            if (!joined.isEmpty()) {
                joined.append("\n\n");
            }
            joined.append(range.of(text));
        }
        return joined.toString();
    }

    /** Nothing left once the page's chrome is removed: ingest rejects such an article. */
    public boolean isEmptyBody() {
        return sentences.isEmpty();
    }

    public boolean inBody(Span span) {
        return body.stream().anyMatch(range -> range.contains(span));
    }
}
