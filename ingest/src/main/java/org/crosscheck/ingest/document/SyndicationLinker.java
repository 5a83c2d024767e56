package org.crosscheck.ingest.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.core.syndication.BodyFingerprint;
import org.crosscheck.core.syndication.SyndicationPolicy;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRepository;

/**
 * Links a new document into its syndication family: every near-identical body (by {@link SyndicationPolicy}) points
 * at the family's original, the earliest published (then earliest stored). The result does not depend on the
 * order articles arrive in: an original that arrives after its copies becomes their source.
 */
@ApplicationScoped
class SyndicationLinker {

    /** More candidates than any real story has copies; bounds the work for pathological bodies. */
    static final int MAX_CANDIDATES = 200;

    private static final Comparator<Document> EARLIEST = Comparator
            .comparing((Document d) -> d.publishedFirst, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.id);

    private final DocumentRepository documents;

    SyndicationLinker(DocumentRepository documents) {
        this.documents = documents;
    }

    void link(Document document, BodyFingerprint fingerprint) {
        long[] bands = fingerprint.bands();
        List<Document> family = new ArrayList<>();
        family.add(document);
        for (Document candidate : documents.syndicationCandidates(bands, MAX_CANDIDATES)) {
            if (!candidate.id.equals(document.id) && candidate.bodyFingerprint != null
                    && SyndicationPolicy.isSyndicatedCopy(fingerprint, BodyFingerprint.restore(candidate.bodyFingerprint))) {
                family.add(candidate);
            }
        }
        if (family.size() == 1) {
            return;
        }
        Document original = family.stream().min(EARLIEST).orElseThrow();
        for (Document member : family) {
            member.syndicatedFrom = member == original ? null : original;
        }
    }
}
