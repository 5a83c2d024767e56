package org.crosscheck.ingest.article;

import java.nio.charset.StandardCharsets;
import org.crosscheck.core.article.ArticleMetadata;

/** What a stored page's own markup states about it (nothing for plain text): read again from the original bytes. */
public final class ArticleMetadataOfPage {

    private ArticleMetadataOfPage() {
    }

    public static ArticleMetadata of(String mediaType, byte[] original) {
        if (!"text/html".equals(mediaType) || original == null) {
            return ArticleMetadata.UNKNOWN;
        }
        return HtmlArticle.parse(new String(original, StandardCharsets.UTF_8)).metadata();
    }
}
