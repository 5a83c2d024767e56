package org.crosscheck.ingest.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.ingest.analyze.ReportJson;
import org.crosscheck.ingest.document.StoredArticle;

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
                .sorted(java.util.Comparator.comparing(StoredArticle::fileName))
                .map(StoredArticle::inputOf).toList();
        String report = json.text(analyzer.analyze(inputs));
        cached = new Cached(count, newest, report);
        return report;
    }

}
