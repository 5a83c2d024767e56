package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.db.review.DocumentMarks;
import org.crosscheck.db.review.DocumentMarks.AttributionMark;
import org.crosscheck.db.review.DocumentMarks.ClaimMark;

/**
 * Read-only pages for the stored articles: the list, and each document with its metadata and its text, the body in
 * black and page chrome greyed, every claim mention and attribution marked and linked to its proposition or speaker.
 */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Document> documents, int page, boolean more);

        static native TemplateInstance document(Document document, List<MarkedText.Piece> pieces, List<AttributionMark> attributions,
                                                int claims);
    }

    private final DocumentRepository documents;
    private final DocumentMarks marks;

    DocumentPages(DocumentRepository documents, DocumentMarks marks) {
        this.documents = documents;
        this.marks = marks;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        int current = Math.max(0, page);
        // The template renders after the transaction: what it shows is fetched with the documents.
        List<Document> found = documents.find("from Document d left join fetch d.outlet left join fetch d.syndicatedFrom order by d.id desc")
                .page(current, PAGE_SIZE + 1).list();
        return Templates.list(found.subList(0, Math.min(PAGE_SIZE, found.size())), current, found.size() > PAGE_SIZE);
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance document(long id) {
        Document document = documents.find("from Document d left join fetch d.outlet left join fetch d.syndicatedFrom where d.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("no document " + id));
        List<ClaimMark> claims = marks.claims(id);
        List<AttributionMark> attributions = marks.attributions(id);
        return Templates.document(document, MarkedText.of(document.content, document.body, claims, attributions), attributions, claims.size());
    }
}
