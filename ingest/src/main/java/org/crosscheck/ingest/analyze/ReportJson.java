package org.crosscheck.ingest.analyze;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportAttribution;
import org.crosscheck.core.report.ReportClaim;
import org.crosscheck.core.report.ReportConflict;
import org.crosscheck.core.report.ReportDocument;
import org.crosscheck.core.report.ReportEntity;
import org.crosscheck.core.report.TextSpan;
import org.crosscheck.core.text.Span;

/** Writes a {@link Report} in the project's report format (see the gold README): spans carry start, end and text. */
public final class ReportJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    /** Writes the report; {@code out} is left open for its owner to close. */
    public void write(Report report, Writer out) throws IOException {
        mapper.writeValue(out, tree(report));
    }

    /** Writes a report already made a tree (and perhaps adjusted); {@code out} is left open for its owner to close. */
    public void write(ObjectNode tree, Writer out) throws IOException {
        mapper.writeValue(out, tree);
    }

    /** The report as JSON text. */
    public String text(Report report) {
        try {
            return mapper.writeValueAsString(tree(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report is always serialisable", e);
        }
    }

    public ObjectNode tree(Report report) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        for (ReportDocument d : report.documents()) {
            ObjectNode n = documents.addObject().put("file", d.file()).put("outlet", d.outlet()).put("published", d.published())
                    .put("syndicated_from", d.syndicatedFrom());
            ArrayNode body = n.putArray("body");
            for (Span s : d.body()) {
                body.addArray().add(s.start()).add(s.end());
            }
        }
        ArrayNode entities = root.putArray("entities");
        for (ReportEntity e : report.entities()) {
            ObjectNode n = entities.addObject().put("id", e.id()).put("name", e.name()).put("kind", e.kind());
            e.aliases().forEach(n.putArray("aliases")::add);
            n.put("country", e.country()).put("wikidata", e.wikidata());
        }
        ArrayNode attributions = root.putArray("attributions");
        for (ReportAttribution a : report.attributions()) {
            ObjectNode n = attributions.addObject().put("id", a.id()).put("file", a.file()).put("speaker", a.speaker())
                    .put("cue", a.cue()).put("stance", a.stance()).put("direct", a.direct())
                    .put("content", a.content().text()).put("start", a.content().start()).put("end", a.content().end());
            if (a.speakerMention() != null) {
                span(n.putObject("speaker_mention"), a.speakerMention());
            }
        }
        ArrayNode claims = root.putArray("claims");
        for (ReportClaim c : report.claims()) {
            ObjectNode n = claims.addObject().put("id", c.id()).put("proposition", c.proposition()).put("kind", c.kind());
            ArrayNode mentions = n.putArray("mentions");
            c.mentions().forEach(m -> mentions.addObject().put("file", m.file()).put("start", m.start()).put("end", m.end()).put("text", m.text()));
            if (c.normalised() != null) {
                n.putObject("normalised").put("date", c.normalised().date()).put("number", c.normalised().number())
                        .put("actor", c.normalised().actor());
            }
        }
        ArrayNode conflicts = root.putArray("conflicts");
        for (ReportConflict k : report.conflicts()) {
            ObjectNode n = conflicts.addObject().put("id", k.id()).put("kind", k.kind()).put("severity", k.severity())
                    .put("explanation", k.explanation());
            ArrayNode mentions = n.putArray("mentions");
            k.mentions().forEach(m -> mentions.addObject().put("file", m.file()).put("start", m.start()).put("end", m.end())
                    .put("text", m.text()).put("account", m.account()).put("claim", m.claim()));
            k.entities().forEach(n.putArray("entities")::add);
        }
        return root;
    }

    private static void span(ObjectNode n, TextSpan s) {
        n.put("start", s.start()).put("end", s.end()).put("text", s.text());
    }
}
