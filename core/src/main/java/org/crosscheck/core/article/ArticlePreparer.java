package org.crosscheck.core.article;

import java.util.List;
import org.crosscheck.core.text.Span;

/** Turns an article's stored text into its body, sentences and metadata. Rejects nothing: see {@link PreparedArticle#isEmptyBody()}. */
public final class ArticlePreparer {

    private final MetadataDetector metadata = new MetadataDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();

    /** Given metadata (any field may be null) wins over what the text states, with basis "given". */
    public PreparedArticle prepare(String text, GivenMetadata given) {
        PageLayout layout = PageLayout.read(text);
        List<Span> body = layout.body();
        ArticleMetadata detected = metadata.detect(layout);
        return new PreparedArticle(text, body, sentences.split(text, body),
                detected.overriddenBy(given == null ? GivenMetadata.none() : given));
    }

    public PreparedArticle prepare(String text) {
        return prepare(text, GivenMetadata.none());
    }
}
