package org.crosscheck.ingest.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.crosscheck.ingest.article.PageOffsets;

/**
 * The offline report points into the article files it was read from: for an HTML page, every span's offsets are
 * moved from the page's visible text (what the analysis reads, and what the server stores and verifies) to the same
 * words in the file's HTML, where a reader of the report, or the scorer, looks for them; and in any file, to the
 * file opened as text ({@link FileText}: a byte-order mark, CR LF line breaks). The spans' texts stay the words read.
 */
final class OffsetsInFiles {

    private OffsetsInFiles() {
    }

    /** Where an article's offsets go: through its page's HTML when it was one, then to the file opened as text. */
    record InFile(PageOffsets page, FileText file) {

        int start(int at) {
            return file.offset(page == null ? at : page.start(at));
        }

        int end(int at) {
            return file.offset(page == null ? at : page.end(at));
        }

        boolean changesNothing() {
            return page == null && file.changesNothing();
        }
    }

    static void move(ObjectNode report, Map<String, InFile> pages) {
        if (pages.isEmpty()) {
            return;
        }
        for (JsonNode d : report.withArray("documents")) {
            InFile page = pages.get(d.path("file").asText());
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
            InFile page = pages.get(a.path("file").asText());
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
                    InFile page = pages.get(m.path("file").asText());
                    if (page != null) {
                        move((ObjectNode) m, page);
                    }
                }
            }
        }
    }

    private static void move(ObjectNode span, InFile page) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        span.put("start", page.start(start)).put("end", page.end(end));
    }
}
