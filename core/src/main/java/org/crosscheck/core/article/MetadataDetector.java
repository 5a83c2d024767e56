package org.crosscheck.core.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * Reads title, outlet and publication date from the page around an article, only where the page states them: a
 * headline line, a dateline, a credit or source label. What the page does not state stays unknown.
 */
public final class MetadataDetector {

    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "^(?:[\\p{L}]+\\s+)?by\\s*:?\\s*|^(?:sources?|courtesy of|via)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    /** Buttons that pages print right after a credited name: "Text by: Radio Meridian Follow". */
    private static final Pattern TRAILING_BUTTON = Pattern.compile(
            "\\s+(?:follow|share|subscribe|more|email|profile)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?i:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?(\\p{Lu}[^.|©]{1,60})");
    /** "CAIRO (Reuters) -": the wire that filed the story, at the head of its first paragraph. */
    private static final Pattern WIRE_DATELINE = Pattern.compile("^\\p{Lu}[^()\\n]{0,60}?\\(([^()]{2,40})\\)\\s*[-–—]");

    /** Title, outlet and publication date as the text states them; unknown ones are {@code null}. */
    public ArticleMetadata detect(String text) {
        return detect(PageLayout.read(text));
    }

    ArticleMetadata detect(PageLayout layout) {
        return new ArticleMetadata(null, title(layout), outlet(layout), published(layout));
    }

    private static Detected<String> title(PageLayout layout) {
        int i = layout.titleLine();
        if (i < 0) {
            return null;
        }
        PageLine line = layout.lines().get(i);
        return new Detected<>(line.text(), line.span(), i == 0 ? "first line" : "headline line");
    }

    /**
     * The first dateline of the article head; below the article only a labelled one ("Published: ...") above any list
     * of other stories counts, because dates there belong to those stories.
     */
    private static Detected<ReportedDate> published(PageLayout layout) {
        List<PageLine> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineRole reason = layout.reason(i);
            if (reason == LineRole.LIST_HEADING) {
                return null;
            }
            boolean dateline = reason == LineRole.DATELINE;
            if (!dateline && reason != LineRole.BYLINE) {
                continue;
            }
            PageLine line = lines.get(i);
            if (!layout.isHead(i) && !DatelineReader.isLabelled(line.text())) {
                continue;
            }
            DatelineReader.Found found = dateline ? DatelineReader.dateline(line.text())
                    : DatelineReader.firstDate(line.text());
            if (found != null) {
                int at = line.span().start();
                return new Detected<>(found.date(), new Span(at + found.start(), at + found.end()),
                        dateline ? "dateline" : "byline");
            }
        }
        return null;
    }

    /** An explicit source or credit first, then the wire in the first paragraph, then an outlet label at the head. */
    private static Detected<String> outlet(PageLayout layout) {
        Detected<String> credited = credited(layout);
        if (credited != null) {
            return credited;
        }
        Detected<String> wire = wire(layout);
        if (wire != null) {
            return wire;
        }
        Detected<String> labelled = labelled(layout);
        return labelled != null ? labelled : copyrightHolder(layout);
    }

    /** "© 2024 The Harbour Ledger. All rights reserved.": the page's publisher holds the article's copyright. */
    private static Detected<String> copyrightHolder(PageLayout layout) {
        List<PageLine> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (layout.reason(i) == LineRole.COPYRIGHT) {
                Matcher m = COPYRIGHT_HOLDER.matcher(lines.get(i).text());
                if (m.find()) {
                    int at = lines.get(i).span().start();
                    String holder = m.group(1).strip();
                    String outlet = OutletNames.outletNamed(holder);
                    return new Detected<>(outlet != null ? outlet : holder,
                            new Span(at + m.start(1), at + m.start(1) + holder.length()), "copyright line");
                }
            }
        }
        return null;
    }

    private static Detected<String> credited(PageLayout layout) {
        List<PageLine> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineRole reason = layout.reason(i);
            if (reason != LineRole.SOURCE_LABEL && reason != LineRole.BYLINE) {
                continue;
            }
            PageLine line = lines.get(i);
            Matcher prefix = CREDIT_PREFIX.matcher(line.text());
            int from = prefix.find() ? prefix.end() : 0;
            String credit = TRAILING_BUTTON.matcher(line.text().substring(from)).replaceAll("");
            int partStart = from;
            for (String part : credit.split("[,;|/]")) {
                String name = part.strip().replaceAll("[.\\s]+$", "");
                String outlet = OutletNames.outletNamed(name);
                if (outlet != null) {
                    int at = line.span().start() + partStart + part.indexOf(name);
                    String basis = reason == LineRole.SOURCE_LABEL ? "source label" : "credit line";
                    return new Detected<>(outlet, new Span(at, at + name.length()), basis);
                }
                partStart += part.length() + 1;
            }
        }
        return null;
    }

    private static Detected<String> wire(PageLayout layout) {
        int first = layout.runStart();
        if (first < 0) {
            return null;
        }
        PageLine line = layout.lines().get(first);
        Matcher m = WIRE_DATELINE.matcher(line.text());
        if (!m.find()) {
            return null;
        }
        String outlet = OutletNames.outletNamed(m.group(1));
        int at = line.span().start();
        return outlet == null ? null : new Detected<>(outlet, new Span(at + m.start(1), at + m.end(1)), "wire dateline");
    }

    /** A label such as "Coastline Daily" above the article, or right under its standfirst, names its outlet. */
    private static Detected<String> labelled(PageLayout layout) {
        List<PageLine> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!layout.isHead(i) || layout.reason(i) != LineRole.NAME_LABEL) {
                continue;
            }
            String outlet = OutletNames.outletNamed(lines.get(i).text());
            if (outlet != null) {
                return new Detected<>(outlet, lines.get(i).span(), "outlet label");
            }
        }
        return null;
    }
}
