package org.crosscheck.ingest.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.article.ArticleMetadata;
import org.crosscheck.core.article.Detected;
import org.crosscheck.core.time.ReportedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page read as a newsroom reads it: its visible text with one block element per line (so the same body
 * detection as for plain text applies), and what its markup states about title, outlet and publication date.
 */
public record HtmlArticle(String text, ArticleMetadata metadata) {

    /** Never text a reader sees: scripts, styles, embedded objects, forms' hidden parts. */
    static final List<String> INVISIBLE_ELEMENTS = List.of("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head");
    private static final String INVISIBLE = String.join(", ", INVISIBLE_ELEMENTS) + ", [hidden], [aria-hidden=true]";
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font");

    public static HtmlArticle parse(String html) {
        Document page = Jsoup.parse(html);
        ArticleMetadata metadata = metadataOf(page);
        page.select(INVISIBLE).remove();
        return new HtmlArticle(visibleText(page.body()), metadata);
    }

    private static String visibleText(Element body) {
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    line.append(words.getWholeText());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    endLine(text, line);
                } else if (isBlock(node)) {
                    endLine(text, line);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    endLine(text, line);
                }
            }
        });
        endLine(text, line);
        return text.toString().strip();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && !INLINE.contains(element.normalName()) && !element.normalName().equals("br");
    }

    /** Collapses the line's white space, as a browser would, and starts a new line if it had any text. */
    private static void endLine(StringBuilder text, StringBuilder line) {
        String collapsed = line.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        line.setLength(0);
        if (!collapsed.isEmpty()) {
            text.append(collapsed).append('\n');
        }
    }

    private static ArticleMetadata metadataOf(Document page) {
        Detected<String> title = firstOf(page, "meta[property=og:title]", "content", "page markup (og:title)");
        if (title == null && !page.title().isBlank()) {
            title = new Detected<>(page.title().strip(), null, "page markup (title)");
        }
        Detected<String> outlet = firstOf(page, "meta[property=og:site_name]", "content", "page markup (og:site_name)");
        Detected<String> published = firstOf(page, "meta[property=article:published_time]", "content", "page markup (article:published_time)");
        if (published == null) {
            published = firstOf(page, "time[datetime]", "datetime", "page markup (time)");
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : canonical.absUrl("href");
        return new ArticleMetadata(url == null || url.isBlank() ? null : url, title, outlet, dateOf(published));
    }

    private static Detected<String> firstOf(Document page, String selector, String attribute, String basis) {
        Element element = page.selectFirst(selector);
        if (element == null || element.attr(attribute).isBlank()) {
            return null;
        }
        return new Detected<>(element.attr(attribute).strip(), null, basis);
    }

    /** A markup date we cannot read stays unknown rather than guessed. */
    private static Detected<ReportedDate> dateOf(Detected<String> raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.value();
        try {
            LocalDate day = value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
            return new Detected<>(ReportedDate.day(day), null, raw.basis());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
