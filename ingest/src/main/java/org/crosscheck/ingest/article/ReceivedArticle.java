package org.crosscheck.ingest.article;

import org.crosscheck.core.article.ArticleMetadata;
import org.crosscheck.core.article.GivenMetadata;

/**
 * An accepted submission ready to store: the text that will be stored (for HTML, the page's text), its media type,
 * the original bytes when they were not the text itself, what the sender gave, and what the page's own markup states.
 */
public record ReceivedArticle(String text, String mediaType, byte[] original, GivenMetadata given, ArticleMetadata pageMetadata,
                              String sourceName, String syndicatedFrom) {

    /** The same article, known to come from the file {@code name}. */
    public ReceivedArticle fromFile(String name) {
        return new ReceivedArticle(text, mediaType, original, given, pageMetadata, name, syndicatedFrom);
    }
}
