package org.crosscheck.web.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRange;
import org.crosscheck.db.document.DocumentRepository;

/** A stored document as the API shows it: everything needed to recompute its hash and every span's text. */
@ApplicationScoped
public class DocumentView {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Known<T>(T value, String basis) {
        static <T> Known<T> of(T value, String basis) {
            return value == null ? null : new Known<>(value, basis);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Published(LocalDate first, LocalDate last, String precision) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Json(long id, String sha256, String mediaType, String url, Known<String> title, Known<String> outlet,
                       Known<Published> published, OffsetDateTime retrievedAt, Long syndicatedFrom, Long corrects,
                       String extractionVersion, List<int[]> body, List<int[]> sentences, String text) {
    }

    private final DocumentRepository documents;

    DocumentView(DocumentRepository documents) {
        this.documents = documents;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Json> find(long id) {
        return documents.findByIdOptional(id).map(DocumentView::json);
    }

    private static Json json(Document d) {
        Published published = d.publishedFirst == null ? null : new Published(d.publishedFirst, d.publishedLast, d.publishedPrecision);
        return new Json(d.id, d.sha256, d.mediaType, d.url, Known.of(d.title, d.titleBasis),
                Known.of(d.outlet == null ? null : d.outlet.name, d.outletBasis), Known.of(published, d.publishedBasis),
                d.retrievedAt, d.syndicatedFrom == null ? null : d.syndicatedFrom.id, d.corrects == null ? null : d.corrects.id,
                d.extractionVersion, ranges(d.body), ranges(d.sentences), d.content);
    }

    private static List<int[]> ranges(List<? extends DocumentRange> ranges) {
        return ranges.stream().map(r -> new int[] {r.startOffset, r.endOffset}).toList();
    }
}
