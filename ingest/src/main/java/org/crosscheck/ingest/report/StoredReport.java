package org.crosscheck.ingest.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.core.article.Detected;
import org.crosscheck.core.article.GivenMetadata;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.ingest.analyze.ReportJson;
import org.crosscheck.ingest.article.ArticleMetadataOfPage;
import org.crosscheck.ingest.article.ArticleReader;
import org.crosscheck.ingest.article.ReceivedArticle;

/**
 * The report for every stored document, computed by the same code as the offline {@code analyze}: the stored text is
 * read again exactly as it was at ingest (given metadata, page markup, text), so the same articles give the same
 * report whichever way they came in. Recomputed only when documents were added.
 */
@ApplicationScoped
public class StoredReport {

    private final DocumentRepository documents;
    private final Analyzer analyzer = new Analyzer();
    private final ReportJson json = new ReportJson();
    private volatile Cached cached;

    private record Cached(long count, long newestId, String report) {
    }

    StoredReport(DocumentRepository documents) {
        this.documents = documents;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The report as JSON text. */
    public String current() {
        long count = documents.count();
        long newest = count == 0 ? 0 : documents.find("order by id desc").firstResult().id;
        Cached known = cached;
        if (known != null && known.count() == count && known.newestId() == newest) {
            return known.report();
        }
        // Articles in file-name order (then storage order), as analyze reads a folder: same input, same report.
        List<ArticleInput> inputs = documents.listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .sorted(java.util.Comparator.comparing(StoredReport::fileName))
                .map(StoredReport::inputOf).toList();
        String report = json.text(analyzer.analyze(inputs));
        cached = new Cached(count, newest, report);
        return report;
    }

    /** A stored document as the analysis reads it, named by its source file (or by its id when it came over the API). */
    static ArticleInput inputOf(Document d) {
        GivenMetadata given = new GivenMetadata(
                d.url,
                given(d.outletBasis) && d.outlet != null ? d.outlet.name : null,
                given(d.publishedBasis) ? new ReportedDate(d.publishedFirst, d.publishedLast, ReportedDate.Precision.valueOf(d.publishedPrecision)) : null,
                given(d.titleBasis) ? d.title : null);
        ReceivedArticle received = new ReceivedArticle(d.content, d.mediaType, d.original, given,
                ArticleMetadataOfPage.of(d.mediaType, d.original), d.sourceName);
        PreparedArticle prepared = ArticleReader.read(received);
        return ArticleInput.of(fileName(d), prepared);
    }

    public static String fileName(Document d) {
        return d.sourceName != null ? d.sourceName : "document-" + d.id;
    }

    private static boolean given(String basis) {
        return Detected.GIVEN.equals(basis);
    }
}
