package org.crosscheck.ingest.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.crosscheck.ingest.article.PageOffsets;

/**
 * The offline report points into the article files it was read from: for an HTML page, every span's offsets are
 * moved from the page's visible text (what the analysis reads, and what the server stores and verifies) to the same
 * words in the file's HTML, where a reader of the report, or the scorer, looks for them. The spans' texts stay the
 * visible words. Plain-text articles are read as they are, so their offsets are already the file's.
 */
final class OffsetsInFiles {

    private OffsetsInFiles() {
    }

    static void move(ObjectNode report, Map<String, PageOffsets> pages) {
        if (pages.isEmpty()) {
            return;
        }
        for (JsonNode d : report.withArray("documents")) {
            PageOffsets page = pages.get(d.path("file").asText());
            if (page != null) {
                for (JsonNode range : d.withArray("body")) {
                    ArrayNode r = (ArrayNode) range;
                    int start = r.get(0).asInt();
                    int end = r.get(1).asInt();
                    r.set(0, page.start(start));
                    r.set(1, page.end(end));
                }
            }
        }
        for (JsonNode a : report.withArray("attributions")) {
            PageOffsets page = pages.get(a.path("file").asText());
            if (page != null) {
                move((ObjectNode) a, page);
                if (a.has("speaker_mention")) {
                    move((ObjectNode) a.get("speaker_mention"), page);
                }
            }
        }
        for (String list : new String[] {"claims", "conflicts"}) {
            for (JsonNode item : report.withArray(list)) {
                for (JsonNode m : item.withArray("mentions")) {
                    PageOffsets page = pages.get(m.path("file").asText());
                    if (page != null) {
                        move((ObjectNode) m, page);
                    }
                }
            }
        }
    }

    private static void move(ObjectNode span, PageOffsets page) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        span.put("start", page.start(start)).put("end", page.end(end));
    }
}
