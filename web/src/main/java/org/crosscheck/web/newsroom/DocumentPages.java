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
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.db.document.BodyRange;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.db.extraction.ExtractionRepository;
import org.crosscheck.db.extraction.ExtractionRepository.StoredAttribution;

/** Read-only pages for the stored articles: the list, and each document with its body, metadata and attributions. */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    static final int PAGE_SIZE = 50;

    /** A stretch of the stored text, in the body or outside it (page chrome, boilerplate). */
    public record Stretch(String text, boolean body) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Document> documents, int page, boolean more);

        static native TemplateInstance document(Document document, List<Stretch> stretches, List<StoredAttribution> attributions);
    }

    private final DocumentRepository documents;
    private final ExtractionRepository extraction;

    DocumentPages(DocumentRepository documents, ExtractionRepository extraction) {
        this.documents = documents;
        this.extraction = extraction;
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
        return Templates.document(document, stretches(document.content, document.body), extraction.attributionsOf(id));
    }

    /** The stored text cut at the body's edges, so the page can grey what is not article body. */
    static List<Stretch> stretches(String text, List<BodyRange> body) {
        List<Stretch> stretches = new ArrayList<>();
        int at = 0;
        for (BodyRange range : body) {
            if (range.startOffset > at) {
                stretches.add(new Stretch(text.substring(at, range.startOffset), false));
            }
            stretches.add(new Stretch(text.substring(range.startOffset, range.endOffset), true));
            at = range.endOffset;
        }
        if (at < text.length()) {
            stretches.add(new Stretch(text.substring(at), false));
        }
        return stretches;
    }
}
