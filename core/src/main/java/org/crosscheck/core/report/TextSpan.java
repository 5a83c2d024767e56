package org.crosscheck.core.report;

import org.crosscheck.core.text.Span;

/** A span of an article with the exact characters it covers, so a reader can check it without the file. */
public record TextSpan(int start, int end, String text) {

    public static TextSpan of(String articleText, Span span) {
        return new TextSpan(span.start(), span.end(), span.of(articleText));
    }
}
