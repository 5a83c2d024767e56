package org.crosscheck.ingest.document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.core.article.ArticleMetadata;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.syndication.BodyFingerprint;
import org.crosscheck.core.text.ContentHash;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.db.outlet.OutletRepository;
import org.crosscheck.ingest.article.ArticleReader;
import org.crosscheck.ingest.article.MetadataLayers;
import org.crosscheck.ingest.article.ReceivedArticle;
import org.crosscheck.ingest.article.RejectedArticle;

/**
 * Turns a received article into a stored, immutable document with everything derived from it, in one transaction:
 * either all of it is stored or nothing is. The same text twice is one document.
 */
@ApplicationScoped
public class DocumentStore {

    /** Which version of article preparation produced a document's body, sentences and metadata. */
    public static final String EXTRACTION_VERSION = "prepare-1";

    private final DocumentRepository documents;
    private final OutletRepository outlets;
    private final AuditLog audit;
    private final SyndicationLinker syndication;

    DocumentStore(DocumentRepository documents, OutletRepository outlets, AuditLog audit, SyndicationLinker syndication) {
        this.documents = documents;
        this.outlets = outlets;
        this.audit = audit;
        this.syndication = syndication;
    }

    /**
     * Stores the article, or finds the document that already holds the same text — also when another request
     * stores the same text at the same moment (the unique SHA-256 decides, and the loser reads the winner's row).
     */
    public IngestOutcome store(ReceivedArticle article, String actor) {
        String sha256 = ContentHash.sha256(article.text());
        PreparedArticle prepared = ArticleReader.read(article);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> storeNew(article, prepared, sha256, actor));
            } catch (PersistenceException e) {
                var existing = QuarkusTransaction.requiringNew().call(() -> documents.findBySha256(sha256));
                if (existing.isPresent()) {
                    var found = existing.get();
                    return new IngestOutcome(found.id, sha256, found.id, idOf(found.syndicatedFrom), idOf(found.corrects));
                }
                // Two ingests touching one syndication family can still collide; the database picks one to retry.
                if (attempt >= ATTEMPTS || !worthRetrying(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** How often a document is tried when the database asks for a retry (deadlock, serialization failure). */
    private static final int ATTEMPTS = 3;

    private static boolean worthRetrying(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stores several articles in one transaction — the cheaper way for bulk ingest, where per-transaction work
     * dominates. Each stays whole: if the shared transaction fails (a concurrent duplicate, say), every article is
     * stored again on its own. Articles are read before the transaction, so one that is rejected affects no other.
     */
    public List<Stored> storeAll(List<ReceivedArticle> articles, String actor) {
        List<Stored> results = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();
        List<PreparedArticle> prepared = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            try {
                prepared.add(ArticleReader.read(articles.get(i)));
                accepted.add(i);
            } catch (RejectedArticle rejected) {
                results.add(new Stored(i, null, rejected));
            }
        }
        try {
            results.addAll(QuarkusTransaction.requiringNew().call(() -> {
                List<Stored> stored = new ArrayList<>();
                for (int k = 0; k < accepted.size(); k++) {
                    ReceivedArticle article = articles.get(accepted.get(k));
                    try {
                        stored.add(new Stored(accepted.get(k), storeNew(article, prepared.get(k), ContentHash.sha256(article.text()), actor), null));
                    } catch (RejectedArticle rejected) {
                        // refused before it wrote anything: the others in this transaction stand
                        stored.add(new Stored(accepted.get(k), null, rejected));
                    }
                }
                return stored;
            }));
        } catch (PersistenceException e) {
            for (Integer i : accepted) {
                try {
                    results.add(new Stored(i, store(articles.get(i), actor), null));
                } catch (RejectedArticle rejected) {
                    results.add(new Stored(i, null, rejected));
                }
            }
        }
        return results;
    }

    /** What became of the article at {@code index} of a bulk store: its outcome, or why it was rejected. */
    public record Stored(int index, IngestOutcome outcome, RejectedArticle rejected) {
    }

    private IngestOutcome storeNew(ReceivedArticle article, PreparedArticle prepared, String sha256, String actor) {
        Optional<Document> existing = documents.findBySha256(sha256);
        if (existing.isPresent()) {
            Document same = existing.get();
            return new IngestOutcome(same.id, sha256, same.id, idOf(same.syndicatedFrom), idOf(same.corrects));
        }
        Document declared = article.syndicatedFrom() == null ? null : documents.latestNamed(article.syndicatedFrom())
                .orElseThrow(() -> RejectedArticle.invalid("syndicatedFrom", "no stored article is named "
                        + article.syndicatedFrom() + " (file name or URL); store the original first"));
        BodyFingerprint fingerprint = BodyFingerprint.of(prepared);
        Document document = documentOf(article, prepared, sha256, fingerprint);
        document.corrects = document.url == null ? null : documents.latestWithUrl(document.url).orElse(null);
        documents.persistWithRanges(document, ranges(prepared.body()),
                ranges(prepared.sentences().stream().map(Sentence::span).toList()), fingerprint.bands());
        syndication.link(document, fingerprint, declared);
        audit.record(actor, "ingested", "document", document.id, "sha256 " + sha256);
        return new IngestOutcome(document.id, sha256, null, idOf(document.syndicatedFrom), idOf(document.corrects));
    }

    private Document documentOf(ReceivedArticle article, PreparedArticle prepared, String sha256, BodyFingerprint fingerprint) {
        ArticleMetadata metadata = prepared.metadata();
        Document document = new Document();
        document.sha256 = sha256;
        document.content = article.text();
        document.mediaType = article.mediaType();
        document.original = article.original();
        document.url = metadata.url();
        document.sourceName = article.sourceName();
        document.title = metadata.titleText();
        document.titleBasis = MetadataLayers.basisOf(metadata.title());
        document.outlet = metadata.outletName() == null ? null : outlets.findOrCreate(metadata.outletName());
        document.outletBasis = MetadataLayers.basisOf(metadata.outlet());
        ReportedDate published = metadata.publishedDate();
        if (published != null) {
            document.publishedFirst = published.first();
            document.publishedLast = published.last();
            document.publishedPrecision = published.precision().name();
            document.publishedBasis = MetadataLayers.basisOf(metadata.published());
        }
        document.retrievedAt = OffsetDateTime.now();
        document.extractionVersion = EXTRACTION_VERSION;
        document.bodyFingerprint = fingerprint.bytes();
        return document;
    }

    private static int[][] ranges(List<Span> spans) {
        return spans.stream().map(span -> new int[] {span.start(), span.end()}).toArray(int[][]::new);
    }

    private static Long idOf(Document document) {
        return document == null ? null : document.id;
    }
}
