package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.text.ContentHash;

/**
 * What anyone can recompute from a provenance report alone: each document's SHA-256 from its text, each span's
 * text from its offsets, and the signature from the canonical bytes. Reads both forms: the JSON report (UTF-16
 * offsets) and the PROV-O JSON-LD (Web Annotation selectors, code point positions).
 */
public final class ReportCheck {

    /** What failed, each naming the document, span or signature; empty when the report holds. */
    public record Outcome(List<String> failures, int documents, int spans) {
        public boolean holds() {
            return failures.isEmpty();
        }
    }

    private ReportCheck() {
    }

    public static Outcome check(JsonNode report, Set<String> publishedKeys) {
        List<String> failures = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        int[] spans = {0};
        if (report.has("@graph")) {
            linkedData(report.get("@graph"), failures, texts, spans);
        } else {
            json(report, failures, texts, spans);
        }
        ReportSignature.problem(report, publishedKeys).ifPresent(failures::add);
        return new Outcome(failures, texts.size(), spans[0]);
    }

    private static void json(JsonNode report, List<String> failures, Map<String, String> texts, int[] spans) {
        if (!ProvenanceReport.FORMAT.equals(report.path("format").asText())) {
            failures.add("not a provenance report: format is not " + ProvenanceReport.FORMAT);
            return;
        }
        for (JsonNode d : report.path("documents")) {
            String id = d.path("id").asText();
            document("document " + id, d.path("text"), d.path("sha256").asText(), failures);
            texts.put(id, d.path("text").asText(""));
        }
        List<JsonNode> quoted = new ArrayList<>();
        report.path("mentions").forEach(quoted::add);
        report.path("verdict").path("evidence").forEach(quoted::add);
        for (JsonNode span : quoted) {
            spans[0]++;
            String where = "span " + span.path("start").asText() + "-" + span.path("end").asText() + " of document " + span.path("document").asText();
            String text = texts.get(span.path("document").asText());
            if (text == null) {
                failures.add(where + ": the report does not contain that document");
                continue;
            }
            int start = span.path("start").asInt(-1);
            int end = span.path("end").asInt(-1);
            if (start < 0 || end <= start || end > text.length()) {
                failures.add(where + ": the offsets lie outside the document's text");
            } else if (!text.substring(start, end).equals(span.path("text").asText())) {
                failures.add(where + ": the text at these offsets is \u201c" + text.substring(start, end) + "\u201d, not \u201c"
                        + span.path("text").asText() + "\u201d");
            }
        }
    }

    private static void linkedData(JsonNode graph, List<String> failures, Map<String, String> texts, int[] spans) {
        for (JsonNode node : graph) {
            if (node.has("schema:sha256")) {
                document("document " + node.path("@id").asText(), node.path("schema:text"), node.path("schema:sha256").asText(), failures);
                texts.put(node.path("@id").asText(), node.path("schema:text").asText(""));
            }
        }
        for (JsonNode node : graph) {
            if (!node.has("oa:hasSelector")) {
                continue;
            }
            spans[0]++;
            String where = "span " + node.path("@id").asText();
            String text = texts.get(node.path("oa:hasSource").path("@id").asText());
            String exact = null;
            int start = -1;
            int end = -1;
            for (JsonNode selector : node.path("oa:hasSelector")) {
                if (selector.path("@type").asText().equals("oa:TextQuoteSelector")) {
                    exact = selector.path("oa:exact").path("@value").asText();
                } else if (selector.path("@type").asText().equals("oa:TextPositionSelector")) {
                    start = selector.path("oa:start").path("@value").asInt(-1);
                    end = selector.path("oa:end").path("@value").asInt(-1);
                }
            }
            if (text == null || exact == null) {
                failures.add(where + ": its source document or quote is missing");
            } else if (start < 0 || end <= start || end > text.codePointCount(0, text.length())) {
                failures.add(where + ": the positions lie outside the document's text");
            } else {
                String found = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                if (!found.equals(exact)) {
                    failures.add(where + ": the text at these positions is \u201c" + found + "\u201d, not \u201c" + exact + "\u201d");
                }
            }
        }
    }

    private static void document(String where, JsonNode text, String sha256, List<String> failures) {
        if (!text.isTextual()) {
            failures.add(where + ": the report does not contain its text");
        } else if (!ContentHash.sha256(text.textValue()).equals(sha256)) {
            failures.add(where + ": its text does not have the SHA-256 the report states (" + sha256 + ")");
        }
    }
}
