package org.crosscheck.core.analysis;

import java.util.List;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.text.Span;

/**
 * One article as the analysis reads it: its file name, full text, the ranges that are article body (not page
 * chrome), its sentences with exact offsets, and outlet and publication date where known (null otherwise).
 */
public record ArticleInput(String file, String text, List<Span> body, List<Sentence> sentences, String outlet, String published) {

    public ArticleInput {
        body = List.copyOf(body);
        sentences = List.copyOf(sentences);
    }

    /** An article known only by its text: all of it is body, split into sentences plainly. */
    public static ArticleInput plain(String file, String text) {
        List<Span> body = List.of(new Span(0, text.length()));
        return new ArticleInput(file, text, body, PlainSentences.of(text, body), null, null);
    }

    public boolean inBody(Span span) {
        return body.stream().anyMatch(b -> b.overlaps(span) || b.contains(span));
    }
}
