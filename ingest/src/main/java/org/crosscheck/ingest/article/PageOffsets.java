package org.crosscheck.ingest.article;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Where each character of a page's visible text ({@link HtmlArticle#text()}) stands in the page's HTML, so that a
 * report read against the file itself (as the report format's readers do) points at the same words. The visible
 * text is the page's text nodes in document order with white space collapsed, so it is found by walking the HTML
 * once: markup, comments and never-visible elements are stepped over, entities are read as the characters they
 * stand for, and white space matches white space of any length. A character the walk cannot find (markup a
 * browser would repair differently) keeps the place of the last one found, so one odd page never shifts the
 * rest of the article by more than that character.
 */
public final class PageOffsets {

    /** Elements whose content is never visible text: those {@link HtmlArticle} removes. */
    private static final Set<String> INVISIBLE = Set.copyOf(HtmlArticle.INVISIBLE_ELEMENTS);
    /** How far ahead in the HTML a character is looked for before it is given up as not there. */
    private static final int LOOK_AHEAD = 20_000;

    private final int[] starts;
    private final int[] ends;

    private PageOffsets(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static PageOffsets of(String html, String text) {
        Walk walk = new Walk(html);
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        int lastEnd = walk.at;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                starts[i] = lastEnd;
                ends[i] = lastEnd;
                continue;
            }
            int found = walk.find(c);
            if (found < 0) {
                starts[i] = lastEnd;
                ends[i] = lastEnd;
                continue;
            }
            starts[i] = found;
            ends[i] = walk.at;
            lastEnd = walk.at;
        }
        return new PageOffsets(starts, ends);
    }

    /** The offset in the HTML of the text's offset {@code start}, as the start of a span. */
    public int start(int start) {
        if (starts.length == 0) {
            return 0;
        }
        return start >= starts.length ? ends[starts.length - 1] : starts[Math.max(0, start)];
    }

    /** The offset in the HTML of the text's offset {@code end}, as the (exclusive) end of a span. */
    public int end(int end) {
        if (ends.length == 0 || end <= 0) {
            return start(end);
        }
        return ends[Math.min(end, ends.length) - 1];
    }

    /** One pass over the HTML, yielding its visible characters in order. */
    private static final class Walk {
        private final String html;
        private int at;

        Walk(String html) {
            this.html = html;
            int body = indexIgnoringCase(html, "<body", 0);
            this.at = body < 0 ? 0 : body;
        }

        /** The start of the next visible {@code c} within the look-ahead, leaving the walk after it; -1 if none. */
        int find(char c) {
            int from = at;
            int p = at;
            while (p < html.length() && p - from < LOOK_AHEAD) {
                char h = html.charAt(p);
                if (h == '<') {
                    p = afterMarkup(p);
                    continue;
                }
                int next = p + 1;
                char seen = h;
                if (h == '&') {
                    int semi = html.indexOf(';', p);
                    if (semi > p && semi - p <= 32) {
                        String decoded = Parser.unescapeEntities(html.substring(p, semi + 1), false);
                        if (decoded.length() == 1) {
                            seen = decoded.charAt(0);
                            next = semi + 1;
                        }
                    }
                }
                if (seen == c) {
                    at = next;
                    return p;
                }
                p = next;
            }
            return -1;
        }

        /** The offset after a tag, a comment, or an invisible element's whole content. */
        private int afterMarkup(int p) {
            if (html.startsWith("<!--", p)) {
                int close = html.indexOf("-->", p + 4);
                return close < 0 ? html.length() : close + 3;
            }
            int close = html.indexOf('>', p);
            if (close < 0) {
                return html.length();
            }
            String name = tagName(p + 1);
            if (INVISIBLE.contains(name) && html.charAt(close - 1) != '/') {
                int end = indexIgnoringCase(html, "</" + name, close);
                if (end >= 0) {
                    int endClose = html.indexOf('>', end);
                    return endClose < 0 ? html.length() : endClose + 1;
                }
            }
            return close + 1;
        }

        private static int indexIgnoringCase(String in, String what, int from) {
            for (int p = Math.max(0, from); p + what.length() <= in.length(); p++) {
                if (in.regionMatches(true, p, what, 0, what.length())) {
                    return p;
                }
            }
            return -1;
        }

        private String tagName(int from) {
            int p = from;
            while (p < html.length() && (Character.isLetterOrDigit(html.charAt(p)) || html.charAt(p) == '-')) {
                p++;
            }
            return html.substring(from, p).toLowerCase(Locale.ROOT);
        }
    }
}
