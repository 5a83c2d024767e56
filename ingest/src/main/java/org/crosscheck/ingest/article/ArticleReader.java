package org.crosscheck.ingest.article;

import org.crosscheck.core.article.ArticleMetadata;
import org.crosscheck.core.article.ArticlePreparer;
import org.crosscheck.core.article.GivenMetadata;
import org.crosscheck.core.article.PreparedArticle;

/**
 * Reads a received article into body, sentences and metadata — one path for the server, {@code ingest} and the
 * offline {@code analyze}, so they never disagree about an article.
 */
public final class ArticleReader {

    private static final ArticlePreparer PREPARER = new ArticlePreparer();

    private ArticleReader() {
    }

    /** The prepared article; rejected when nothing is left of it once page chrome and boilerplate are set aside. */
    public static PreparedArticle read(ReceivedArticle article) {
        PreparedArticle fromText = PREPARER.prepare(article.text(), GivenMetadata.none());
        if (fromText.isEmptyBody()) {
            throw RejectedArticle.invalid(article.mediaType().equals("text/html") ? "html" : "text",
                    "nothing is left of the article after page chrome and boilerplate are set aside");
        }
        ArticleMetadata metadata = MetadataLayers.combine(fromText.metadata(), article.pageMetadata(), article.given());
        return new PreparedArticle(fromText.text(), fromText.body(), fromText.sentences(), metadata);
    }
}
