package org.crosscheck.web.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.crosscheck.db.publication.ClaimRecords;
import org.crosscheck.db.publication.ClaimRecords.Retired;
import org.crosscheck.db.publication.ProvenanceRecords.DocumentRecord;
import org.crosscheck.db.publication.ProvenanceRecords.Provenance;
import org.crosscheck.web.publication.provenance.SignedProvenance;

/**
 * The provenance report as a printable page: from the verdict down to the characters of each source article, with
 * who did each step, when, and with which version of the software; and how to check the signed report oneself.
 */
@Path("/provenance")
@Produces(MediaType.TEXT_HTML)
public class ProvenancePages {

    public record Mention(long claim, long document, int start, int end, String text, String speaker, String extractionVersion) {
    }

    public record Source(long id, String sha256, String url, String title, String outlet, String published, String retrieved,
                         String extractionVersion, String extracted, Long syndicatedFrom, Long corrects) {
    }

    public record Report(long claimId, String proposition, String kind, String reconciliationVersion, String reconciled, int independent,
                         int derivative, FactCheckView verdict, List<Mention> mentions, List<Source> documents, String keyId) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report);
    }

    private final SignedProvenance provenance;
    private final ClaimRecords records;

    ProvenancePages(SignedProvenance provenance, ClaimRecords records) {
        this.provenance = provenance;
        this.records = records;
    }

    @GET
    @Path("/{claim}")
    public Response report(@PathParam("claim") String claim) {
        long id = claim.matches("[1-9][0-9]{0,17}") ? Long.parseLong(claim) : 0;
        Provenance p = id == 0 ? null : provenance.records(id).orElse(null);
        if (p == null) {
            Retired retired = id == 0 ? null : records.retired(id).orElse(null);
            if (retired != null && retired.successors().size() == 1) {
                return Response.status(308).location(java.net.URI.create("/provenance/" + retired.successors().get(0))).build();
            }
            String message = retired == null ? "There is no claim with this number."
                    : "Reconciliation retired this claim (\u201c" + retired.text() + "\u201d)" + (retired.successors().isEmpty() ? "."
                    : "; its mentions now belong to claims " + retired.successors() + ".");
            return Response.status(retired == null ? 404 : 410).type(MediaType.TEXT_HTML_TYPE)
                    .entity(FactCheckPages.Templates.missing("No such claim", message)).build();
        }
        List<Mention> mentions = p.mentions().stream().map(m -> new Mention(m.claimId(), m.documentId(), m.start(), m.end(), m.text(),
                m.speaker(), p.documents().stream().filter(d -> d.id() == m.documentId()).findFirst().map(DocumentRecord::extractionVersion)
                .orElse(null))).toList();
        List<Source> documents = p.documents().stream().map(ProvenancePages::source).toList();
        Report report = new Report(id, p.proposition().text(), p.proposition().kind(), p.proposition().reconciliationVersion(),
                PublicDates.moment(p.proposition().updated()), p.proposition().independent(), p.proposition().derivative(),
                p.factCheck().map(f -> FactCheckView.of(f, null)).orElse(null), mentions, documents, provenance.keyId());
        return Response.ok(Templates.report(report)).build();
    }

    private static Source source(DocumentRecord d) {
        return new Source(d.id(), d.sha256(), d.url(), d.title(), d.outlet(), PublicDates.day(d.publishedFirst()), PublicDates.moment(d.retrieved()),
                d.extractionVersion(), PublicDates.moment(d.extracted()), d.syndicatedFrom(), d.corrects());
    }
}
