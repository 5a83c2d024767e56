package org.crosscheck.core.article;

import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * Finds the article body in a stored page: the main run of prose paragraphs, without the newsletter prompts, share
 * buttons, credits, bylines, labels, datelines, headline and lists of other stories that pages wrap around it.
 */
public final class BodyDetector {

    /** The ranges of {@code text} that are article body, in order and not overlapping; empty when there is none. */
    public List<Span> detect(String text) {
        return PageLayout.read(text).body();
    }
}
