package org.crosscheck.core.article;

import org.crosscheck.core.time.ReportedDate;

/**
 * Title, outlet and publication date of an article, each with its provenance; a {@code null} field means unknown.
 * Given values (from the feed or an editor) win over values read from the text.
 */
public record ArticleMetadata(String url, Detected<String> title, Detected<String> outlet, Detected<ReportedDate> published) {

    public static final ArticleMetadata UNKNOWN = new ArticleMetadata(null, null, null, null);

    /** These values where known, the detected ones otherwise. */
    public ArticleMetadata overriddenBy(GivenMetadata given) {
        return new ArticleMetadata(
                given.url() != null ? given.url() : url,
                given.title() != null ? Detected.given(given.title()) : title,
                given.outlet() != null ? Detected.given(given.outlet()) : outlet,
                given.published() != null ? Detected.given(given.published()) : published);
    }

    public String titleText() {
        return title == null ? null : title.value();
    }

    public String outletName() {
        return outlet == null ? null : outlet.value();
    }

    public ReportedDate publishedDate() {
        return published == null ? null : published.value();
    }
}
