package org.crosscheck.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.crosscheck.core.article.ArticleMetadata;
import org.crosscheck.core.article.GivenMetadata;
import org.crosscheck.core.time.ReportedDate;

/** What a submission must satisfy before anything is stored; each rule names the field it concerns. */
public final class SubmissionRules {

    /** The largest article accepted, in UTF-8 bytes of its text or HTML: far above any real article, below abuse. */
    public static final int MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
    static final int MAX_METADATA_CHARS = 2_000;

    private SubmissionRules() {
    }

    public static ReceivedArticle check(ArticleSubmission submission, String mediaTypeOfText) {
        boolean hasText = submission.text() != null;
        boolean hasHtml = submission.html() != null;
        if (hasText == hasHtml) {
            throw RejectedArticle.invalid(hasText ? "html" : "text",
                    hasText ? "give either text or html, not both" : "the article has no body: give text or html");
        }
        String field = hasText ? "text" : "html";
        String raw = hasText ? submission.text() : submission.html();
        checkContent(field, raw);
        GivenMetadata given = new GivenMetadata(url(submission.url()), plain("outlet", submission.outlet()),
                published(submission.published()), plain("title", submission.title()));
        String syndicatedFrom = plain("syndicatedFrom", submission.syndicatedFrom());
        if (hasText) {
            return new ReceivedArticle(raw, mediaTypeOfText, null, given, ArticleMetadata.UNKNOWN, null, syndicatedFrom);
        }
        HtmlArticle page = HtmlArticle.parse(raw);
        if (page.text().isBlank()) {
            throw RejectedArticle.invalid("html", "the page has no text");
        }
        return new ReceivedArticle(page.text(), "text/html", raw.getBytes(StandardCharsets.UTF_8), given, page.metadata(), null,
                syndicatedFrom);
    }

    private static void checkContent(String field, String raw) {
        if (raw.isBlank()) {
            throw RejectedArticle.invalid(field, "the " + field + " is empty");
        }
        if (raw.indexOf('\0') >= 0) {
            throw RejectedArticle.invalid(field, "the " + field + " contains NUL characters; send the article as text");
        }
        if (hasUnpairedSurrogate(raw)) {
            throw RejectedArticle.invalid(field, "the " + field + " is not valid Unicode (an unpaired surrogate)");
        }
        if (utf8Length(raw) > MAX_ARTICLE_BYTES) {
            throw new RejectedArticle(RejectedArticle.Reason.TOO_LARGE, field,
                    "the " + field + " is larger than " + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB");
        }
    }

    static String url(String raw) {
        String url = plain("url", raw);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                throw RejectedArticle.invalid("url", "not an http(s) URL: " + abbreviate(url));
            }
            return url;
        } catch (URISyntaxException e) {
            throw RejectedArticle.invalid("url", "not a URL: " + abbreviate(url));
        }
    }

    /** ISO 8601 at day, month or year precision, or a full timestamp: 2021-05-05, 2021-05, 2021, 2021-05-05T06:23:00Z. */
    static ReportedDate published(String raw) {
        String value = plain("published", raw);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                return ReportedDate.year(Integer.parseInt(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return ReportedDate.month(YearMonth.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return ReportedDate.day(LocalDate.parse(value));
            }
            return ReportedDate.day(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            throw RejectedArticle.invalid("published", "not a date (use ISO 8601, e.g. 2021-05-05): " + abbreviate(value));
        }
    }

    /** A short metadata string: trimmed, null when blank, no control characters, not absurdly long. */
    static String plain(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > MAX_METADATA_CHARS) {
            throw RejectedArticle.invalid(field, "the " + field + " is longer than " + MAX_METADATA_CHARS + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c)) || hasUnpairedSurrogate(value)) {
            throw RejectedArticle.invalid(field, "the " + field + " contains control characters or invalid Unicode");
        }
        return value;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
