package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.crosscheck.db.publication.ClaimRecords.MentionRecord;
import org.crosscheck.db.publication.ProvenanceRecords.DocumentRecord;
import org.crosscheck.db.publication.ProvenanceRecords.Provenance;
import org.crosscheck.db.publication.PublishedVerdicts.Evidence;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;
import org.crosscheck.db.publication.PublishedVerdicts.Revision;

/**
 * The provenance report as plain JSON: the published verdict (if any) with every published revision, who wrote and
 * who published each and when; the proposition and the reconciliation version that formed it; each claim mention
 * with its span (Java String offsets, end exclusive) and the extraction version that found it; each document with
 * its SHA-256 and full stored text; each outlet. Everything in it is stated once and referred to by id, and it
 * depends only on the stored data, so the same data always gives the same bytes and the same signature.
 */
public final class ProvenanceReport {

    public static final String FORMAT = "crosscheck-provenance/1";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProvenanceReport() {
    }

    public static ObjectNode of(Provenance p, String base) {
        ObjectNode report = JSON.objectNode();
        report.put("format", FORMAT);
        report.put("claim", base + "/api/claims/" + p.proposition().id());
        report.put("asOf", asOf(p).toString());
        report.set("verdict", p.factCheck().<com.fasterxml.jackson.databind.JsonNode>map(f -> verdict(f, base)).orElse(JSON.nullNode()));
        ObjectNode proposition = report.putObject("proposition");
        proposition.put("id", p.proposition().id());
        proposition.put("key", p.proposition().key());
        proposition.put("text", p.proposition().text());
        proposition.put("kind", p.proposition().kind());
        proposition.put("independentCount", p.proposition().independent());
        proposition.put("derivativeCount", p.proposition().derivative());
        proposition.put("reconciliationVersion", p.proposition().reconciliationVersion());
        proposition.put("updated", p.proposition().updated().toString());
        Map<Long, DocumentRecord> documents = new LinkedHashMap<>();
        p.documents().forEach(d -> documents.put(d.id(), d));
        ArrayNode mentions = report.putArray("mentions");
        for (MentionRecord m : p.mentions()) {
            ObjectNode mention = mentions.addObject();
            mention.put("claim", m.claimId());
            span(mention, m.documentId(), m.start(), m.end(), m.text());
            mention.put("speaker", m.speaker());
            DocumentRecord d = documents.get(m.documentId());
            mention.put("extractionVersion", d.extractionVersion());
            mention.put("extracted", text(d.extracted()));
        }
        ArrayNode documentList = report.putArray("documents");
        Map<Long, String[]> outlets = new LinkedHashMap<>();
        for (DocumentRecord d : p.documents()) {
            documentList.add(document(d, base));
            if (d.outletId() != null) {
                outlets.putIfAbsent(d.outletId(), new String[] {d.outlet(), d.outletHome()});
            }
        }
        ArrayNode outletList = report.putArray("outlets");
        outlets.forEach((id, o) -> outletList.addObject().put("id", id).put("name", o[0]).put("homeUrl", o[1]));
        return report;
    }

    private static ObjectNode verdict(FactCheck f, String base) {
        ObjectNode verdict = JSON.objectNode();
        verdict.put("id", f.id());
        verdict.put("url", base + "/fact-checks/" + f.slug());
        verdict.put("status", f.status());
        verdict.put("firstPublished", text(f.firstPublished()));
        verdict.put("claimant", f.claimant() == null ? null : f.claimant().name());
        ArrayNode revisions = verdict.putArray("revisions");
        for (Revision r : f.history()) {
            ObjectNode revision = revisions.addObject();
            revision.put("revision", r.revision());
            revision.put("rating", r.rating());
            revision.put("ratingLabel", r.ratingLabel());
            revision.put("headline", r.headline());
            revision.put("summary", r.summary());
            revision.put("correctionNote", r.correctionNote());
            revision.put("writtenBy", r.author());
            revision.put("publishedBy", r.publishedBy());
            revision.put("publishedAt", text(r.publishedAt()));
        }
        ArrayNode evidence = verdict.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode quoted = evidence.addObject();
            quoted.put("claim", e.claimId());
            span(quoted, e.documentId(), e.start(), e.end(), e.text());
        }
        return verdict;
    }

    private static void span(ObjectNode node, long document, int start, int end, String text) {
        node.put("document", document);
        node.put("start", start);
        node.put("end", end);
        node.put("text", text);
    }

    private static ObjectNode document(DocumentRecord d, String base) {
        ObjectNode document = JSON.objectNode();
        document.put("id", d.id());
        document.put("self", base + "/api/documents/" + d.id());
        document.put("sha256", d.sha256());
        document.put("mediaType", d.mediaType());
        document.put("url", d.url());
        document.put("title", d.title());
        if (d.outletId() == null) {
            document.putNull("outlet");
        } else {
            document.put("outlet", d.outletId());
        }
        ObjectNode published = document.putObject("published");
        published.put("first", d.publishedFirst() == null ? null : d.publishedFirst().toString());
        published.put("last", d.publishedLast() == null ? null : d.publishedLast().toString());
        published.put("precision", d.publishedPrecision());
        document.put("retrieved", text(d.retrieved()));
        document.put("extractionVersion", d.extractionVersion());
        document.put("extracted", text(d.extracted()));
        document.put("syndicatedFrom", d.syndicatedFrom());
        document.put("corrects", d.corrects());
        document.put("text", d.content());
        return document;
    }

    /** The latest change the report states: it says "as of" this moment. */
    static Instant asOf(Provenance p) {
        Stream<Instant> times = Stream.concat(Stream.of(p.proposition().updated()), p.documents().stream().map(DocumentRecord::extracted));
        if (p.factCheck().isPresent()) {
            times = Stream.concat(times, p.factCheck().get().history().stream().map(Revision::publishedAt));
        }
        return times.filter(Objects::nonNull).max(Instant::compareTo).orElse(p.proposition().updated());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
