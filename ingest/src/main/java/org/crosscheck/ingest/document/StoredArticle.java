package org.crosscheck.ingest.document;

import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.core.article.Detected;
import org.crosscheck.core.article.GivenMetadata;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.db.document.Document;
import org.crosscheck.ingest.article.ArticleMetadataOfPage;
import org.crosscheck.ingest.article.ArticleReader;
import org.crosscheck.ingest.article.ReceivedArticle;

/**
 * A stored document read again exactly as it was at ingest (what the sender gave, the page's markup, the text), so
 * that the analysis of a stored article equals the offline analysis of the same file.
 */
public final class StoredArticle {

    private StoredArticle() {
    }

    public static ArticleInput inputOf(Document d) {
        GivenMetadata given = new GivenMetadata(
                d.url,
                given(d.outletBasis) && d.outlet != null ? d.outlet.name : null,
                given(d.publishedBasis) ? new ReportedDate(d.publishedFirst, d.publishedLast, ReportedDate.Precision.valueOf(d.publishedPrecision)) : null,
                given(d.titleBasis) ? d.title : null);
        ReceivedArticle received = new ReceivedArticle(d.content, d.mediaType, d.original, given,
                ArticleMetadataOfPage.of(d.mediaType, d.original), d.sourceName, null);
        PreparedArticle prepared = ArticleReader.read(received);
        // the store's syndication link (found or declared at ingest) is the report's
        return ArticleInput.of(fileName(d), prepared).withSyndicatedFrom(d.syndicatedFrom == null ? null : fileName(d.syndicatedFrom));
    }

    /** The name a report gives the document: the file it came from, or its id when it came over the API. */
    public static String fileName(Document d) {
        return d.sourceName != null ? d.sourceName : "document-" + d.id;
    }

    private static boolean given(String basis) {
        return Detected.GIVEN.equals(basis);
    }
}
