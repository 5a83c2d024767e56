package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.db.publication.ClaimCards.EntityRef;
import org.crosscheck.db.publication.ClaimRecords.MentionRecord;
import org.crosscheck.db.publication.ProvenanceRecords.DocumentRecord;
import org.crosscheck.db.publication.ProvenanceRecords.Provenance;
import org.crosscheck.db.publication.PublishedVerdicts.Evidence;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;
import org.crosscheck.db.publication.PublishedVerdicts.Revision;

/**
 * The provenance report in W3C PROV-O, as JSON-LD with its context inline (no network needed to read it): documents,
 * mentions, the proposition and each verdict revision are entities; extraction, reconciliation, writing and
 * publishing are activities; outlets, speakers, editors, publishers and the software versions are agents. Spans are
 * Web Annotation specific resources with a TextQuoteSelector and a TextPositionSelector, whose positions count
 * Unicode code points as that model asks (the JSON report counts UTF-16 units, as the rest of the API).
 */
public final class ProvenanceLinkedData {

    public static final String SIGNATURE_TERM = "https://crosscheck.invalid/ns/provenance#signature";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String base;
    private final String claim;
    private final ArrayNode graph = JSON.arrayNode();
    private final Map<String, ObjectNode> agents = new LinkedHashMap<>();
    private final Map<Long, DocumentRecord> documents = new HashMap<>();

    private ProvenanceLinkedData(String base, long claimId) {
        this.base = base;
        this.claim = base + "/api/claims/" + claimId;
    }

    public static ObjectNode of(Provenance p, String base) {
        return new ProvenanceLinkedData(base, p.proposition().id()).build(p);
    }

    private ObjectNode build(Provenance p) {
        p.documents().forEach(this::document);
        ObjectNode proposition = node(claim, "prov:Entity", "schema:Claim");
        proposition.put("schema:text", p.proposition().text());
        proposition.set("prov:wasGeneratedBy", ref(claim + "#reconciliation"));
        ObjectNode reconciliation = node(claim + "#reconciliation", "prov:Activity");
        reconciliation.set("prov:wasAssociatedWith", ref(software("reconciliation", p.proposition().reconciliationVersion())));
        reconciliation.set("prov:endedAtTime", time(p.proposition().updated()));
        ArrayNode derived = proposition.putArray("prov:wasDerivedFrom");
        ArrayNode used = reconciliation.putArray("prov:used");
        for (MentionRecord m : p.mentions()) {
            String id = span(claim + "#mention-" + m.claimId(), m.documentId(), m.start(), m.end(), m.text());
            derived.add(ref(id));
            used.add(ref(id));
            ObjectNode mention = find(id);
            mention.set("prov:wasGeneratedBy", ref(documentIri(m.documentId()) + "#extraction"));
            if (m.speakerId() != null) {
                mention.set("prov:wasAttributedTo", ref(agent("entity-" + m.speakerId(), "prov:Agent", "schema:Thing", m.speaker())));
            }
        }
        p.factCheck().ifPresent(this::verdict);
        ObjectNode report = JSON.objectNode();
        report.set("@context", context());
        report.put("@id", claim + "/provenance");
        report.set("@graph", graph);
        agents.values().forEach(graph::add);
        return report;
    }

    private void verdict(FactCheck f) {
        String page = base + "/fact-checks/" + f.slug();
        String previous = null;
        for (int i = f.history().size() - 1; i >= 0; i--) {
            Revision r = f.history().get(i);
            String id = page + "#revision-" + r.revision();
            ObjectNode revision = node(id, "prov:Entity", "schema:ClaimReview");
            revision.put("schema:headline", r.headline());
            revision.put("schema:reviewBody", r.summary());
            ObjectNode rating = revision.putObject("schema:reviewRating");
            rating.put("@type", "schema:Rating");
            rating.put("schema:alternateName", r.ratingLabel());
            rating.put("schema:ratingValue", r.ratingScore());
            if (r.correctionNote() != null) {
                revision.put("schema:correction", r.correctionNote());
            }
            ArrayNode from = revision.putArray("prov:wasDerivedFrom").add(ref(claim));
            if (i == 0) {
                for (Evidence e : f.evidence()) {
                    from.add(ref(span(page + "#evidence-" + e.position(), e.documentId(), e.start(), e.end(), e.text())));
                }
            }
            if (previous != null) {
                revision.set("prov:wasRevisionOf", ref(previous));
            }
            String writer = agent("person-" + slug(r.author()), "prov:Person", "schema:Person", r.author());
            String publisher = r.publishedBy() == null ? null : agent("person-" + slug(r.publishedBy()), "prov:Person", "schema:Person", r.publishedBy());
            ArrayNode by = revision.putArray("prov:wasAttributedTo").add(ref(writer));
            ObjectNode writing = node(id + "-writing", "prov:Activity");
            writing.set("prov:wasAssociatedWith", ref(writer));
            writing.set("prov:used", ref(claim));
            ObjectNode publishing = node(id + "-publishing", "prov:Activity");
            publishing.set("prov:wasInformedBy", ref(id + "-writing"));
            publishing.set("prov:endedAtTime", time(r.publishedAt()));
            if (publisher != null) {
                by.add(ref(publisher));
                publishing.set("prov:wasAssociatedWith", ref(publisher));
            }
            revision.set("prov:wasGeneratedBy", ref(id + "-publishing"));
            previous = id;
        }
    }

    private void document(DocumentRecord d) {
        documents.put(d.id(), d);
        String id = documentIri(d.id());
        ObjectNode document = node(id, "prov:Entity", "schema:TextObject");
        document.put("schema:sha256", d.sha256());
        document.put("schema:encodingFormat", d.mediaType());
        document.put("schema:text", d.content());
        if (d.url() != null) {
            document.set("schema:url", ref(d.url()));
        }
        if (d.title() != null) {
            document.put("schema:headline", d.title());
        }
        if (d.publishedFirst() != null) {
            document.set("schema:datePublished", typed(d.publishedFirst().toString(), "xsd:date"));
        }
        document.set("prov:generatedAtTime", time(d.retrieved()));
        if (d.outletId() != null) {
            String outlet = agent("outlet-" + d.outletId(), "prov:Organization", "schema:Organization", d.outlet());
            document.set("prov:wasAttributedTo", ref(outlet));
            document.set("schema:publisher", ref(outlet));
        }
        if (d.syndicatedFrom() != null) {
            document.set("prov:wasDerivedFrom", ref(documentIri(d.syndicatedFrom())));
        }
        if (d.corrects() != null) {
            document.set("prov:wasRevisionOf", ref(documentIri(d.corrects())));
        }
        ObjectNode extraction = node(id + "#extraction", "prov:Activity");
        extraction.set("prov:used", ref(id));
        extraction.set("prov:wasAssociatedWith", ref(software("extraction", d.extractionVersion())));
        if (d.extracted() != null) {
            extraction.set("prov:endedAtTime", time(d.extracted()));
        }
    }

    /** A quoted span of a document as a Web Annotation specific resource; returns its id. */
    private String span(String id, long documentId, int start, int end, String text) {
        String source = documentIri(documentId);
        ObjectNode span = node(id, "prov:Entity", "oa:SpecificResource");
        span.set("oa:hasSource", ref(source));
        span.set("prov:wasQuotedFrom", ref(source));
        span.put("prov:value", text);
        ArrayNode selectors = span.putArray("oa:hasSelector");
        ObjectNode quote = selectors.addObject();
        quote.put("@type", "oa:TextQuoteSelector");
        quote.set("oa:exact", typed(text, "xsd:string"));
        ObjectNode position = selectors.addObject();
        position.put("@type", "oa:TextPositionSelector");
        String content = documents.get(documentId).content();
        position.set("oa:start", typed(content.codePointCount(0, start), "xsd:nonNegativeInteger"));
        position.set("oa:end", typed(content.codePointCount(0, end), "xsd:nonNegativeInteger"));
        return id;
    }

    private String software(String step, String version) {
        String id = base + "/software/" + step + "/" + URLEncoder.encode(version, StandardCharsets.UTF_8);
        ObjectNode agent = agents.computeIfAbsent(id, k -> node(null, "prov:SoftwareAgent", "schema:SoftwareApplication").put("@id", k));
        agent.put("schema:name", "Crosscheck " + step);
        agent.put("schema:softwareVersion", version);
        return id;
    }

    private String agent(String local, String provType, String schemaType, String name) {
        String id = claim + "#" + local;
        agents.computeIfAbsent(id, k -> node(null, provType, schemaType).put("@id", k).put("schema:name", name == null ? local : name));
        return id;
    }

    /** A new node; with an id it joins the graph now (agents join at the end, once each). */
    private ObjectNode node(String id, String... types) {
        ObjectNode node = JSON.objectNode();
        if (id != null) {
            node.put("@id", id);
            graph.add(node);
        }
        ArrayNode typeList = node.putArray("@type");
        for (String type : types) {
            typeList.add(type);
        }
        return node;
    }

    private ObjectNode find(String id) {
        for (int i = graph.size() - 1; i >= 0; i--) {
            if (id.equals(graph.get(i).path("@id").asText())) {
                return (ObjectNode) graph.get(i);
            }
        }
        throw new IllegalStateException("no node " + id);
    }

    private String documentIri(long id) {
        return base + "/api/documents/" + id;
    }

    private static ObjectNode ref(String id) {
        return JSON.objectNode().put("@id", id);
    }

    private static ObjectNode time(Instant at) {
        return typed(at.toString(), "xsd:dateTime");
    }

    private static ObjectNode typed(String value, String type) {
        return JSON.objectNode().put("@value", value).put("@type", type);
    }

    private static ObjectNode typed(int value, String type) {
        return JSON.objectNode().put("@value", value).put("@type", type);
    }

    private static String slug(String name) {
        return name == null ? "unknown" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    private static ObjectNode context() {
        ObjectNode context = JSON.objectNode();
        context.put("prov", "http://www.w3.org/ns/prov#");
        context.put("oa", "http://www.w3.org/ns/oa#");
        context.put("schema", "http://schema.org/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.putObject("signature").put("@id", SIGNATURE_TERM).put("@type", "@json");
        return context;
    }
}
