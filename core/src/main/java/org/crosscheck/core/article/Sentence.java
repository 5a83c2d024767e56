package org.crosscheck.core.article;

import org.crosscheck.core.text.Span;

/** One sentence of an article body, numbered in reading order. */
public record Sentence(int index, Span span) {

    public String text(String articleText) {
        return span.of(articleText);
    }
}
