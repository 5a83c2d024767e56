package org.crosscheck.ingest.article;

/**
 * An article as a newsroom sends it: exactly one of {@code text} and {@code html}, and whatever it already knows
 * about where it came from. Every field is raw input, checked by {@link SubmissionRules}.
 */
public record ArticleSubmission(String url, String outlet, String published, String title, String text, String html) {

    public static ArticleSubmission ofText(String text) {
        return new ArticleSubmission(null, null, null, null, text, null);
    }

    public static ArticleSubmission ofHtml(String html) {
        return new ArticleSubmission(null, null, null, null, null, html);
    }

    public ArticleSubmission withMetadata(String url, String outlet, String published, String title) {
        return new ArticleSubmission(url, outlet, published, title, text, html);
    }
}
