package org.crosscheck.ingest.article;

/**
 * An article as a newsroom sends it: exactly one of {@code text} and {@code html}, and whatever it already knows
 * about where it came from, including the article it republishes ({@code syndicatedFrom}: that article's file name
 * or URL). Every field is raw input, checked by {@link SubmissionRules}.
 */
public record ArticleSubmission(String url, String outlet, String published, String title, String text, String html,
                                String syndicatedFrom) {

    public static ArticleSubmission ofText(String text) {
        return new ArticleSubmission(null, null, null, null, text, null, null);
    }

    public static ArticleSubmission ofHtml(String html) {
        return new ArticleSubmission(null, null, null, null, null, html, null);
    }

    public ArticleSubmission withMetadata(String url, String outlet, String published, String title, String syndicatedFrom) {
        return new ArticleSubmission(url, outlet, published, title, text, html, syndicatedFrom);
    }
}
