package org.crosscheck.ingest.article;

import org.crosscheck.core.article.ArticleMetadata;
import org.crosscheck.core.article.Detected;
import org.crosscheck.core.article.GivenMetadata;

/** Who to believe about an article's metadata: the sender first, then the page's markup, then the text itself. */
public final class MetadataLayers {

    private MetadataLayers() {
    }

    public static ArticleMetadata combine(ArticleMetadata fromText, ArticleMetadata fromMarkup, GivenMetadata given) {
        ArticleMetadata page = new ArticleMetadata(
                first(fromMarkup.url(), fromText.url()),
                first(fromMarkup.title(), fromText.title()),
                first(fromMarkup.outlet(), fromText.outlet()),
                first(fromMarkup.published(), fromText.published()));
        return page.overriddenBy(given);
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    public static String basisOf(Detected<?> detected) {
        return detected == null ? null : detected.basis();
    }
}
