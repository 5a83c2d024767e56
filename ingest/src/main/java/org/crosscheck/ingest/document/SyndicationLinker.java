package org.crosscheck.ingest.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.core.syndication.BodyFingerprint;
import org.crosscheck.core.syndication.SyndicationPolicy;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.db.document.DocumentRepository.SyndicationCandidate;

/**
 * Links a new document into its syndication family: every near-identical body (by {@link SyndicationPolicy}) points
 * at the family's original, the earliest published (then earliest stored). The result does not depend on the
 * order articles arrive in: an original that arrives after its copies becomes their source.
 */
@ApplicationScoped
class SyndicationLinker {

    /** More candidates than any real story has copies; bounds the work for pathological bodies. */
    static final int MAX_CANDIDATES = 50;

    private static final Comparator<SyndicationCandidate> EARLIEST = Comparator
            .comparing(SyndicationCandidate::publishedFirst, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SyndicationCandidate::id);

    private final DocumentRepository documents;

    SyndicationLinker(DocumentRepository documents) {
        this.documents = documents;
    }

    /** {@code declared}: the stored article the sender says this one republishes, or null. */
    void link(Document document, BodyFingerprint fingerprint, Document declared) {
        List<SyndicationCandidate> family = new ArrayList<>();
        family.add(new SyndicationCandidate(document.id, document.publishedFirst, document.bodyFingerprint));
        if (declared != null && declared.id != document.id) {
            // the declared original's own original belongs to the family too, so the earliest of them all leads it
            Document original = declared.syndicatedFrom != null ? declared.syndicatedFrom : declared;
            family.add(new SyndicationCandidate(original.id, original.publishedFirst, original.bodyFingerprint));
            if (original != declared) {
                family.add(new SyndicationCandidate(declared.id, declared.publishedFirst, declared.bodyFingerprint));
            }
        }
        for (SyndicationCandidate candidate : documents.syndicationCandidates(fingerprint.bands(), SyndicationPolicy.MIN_SHARED_BANDS, MAX_CANDIDATES)) {
            // A correction repeats the version it corrects; that is an edit, not a republication.
            boolean corrected = document.corrects != null && candidate.id() == document.corrects.id;
            if (family.stream().noneMatch(known -> known.id() == candidate.id()) && !corrected
                    && SyndicationPolicy.isSyndicatedCopy(fingerprint, BodyFingerprint.restore(candidate.fingerprint()))) {
                family.add(candidate);
            }
        }
        if (family.size() == 1) {
            return;
        }
        long original = family.stream().min(EARLIEST).orElseThrow().id();
        documents.flush();
        documents.linkFamily(original, family.stream().map(SyndicationCandidate::id).toList());
        documents.getEntityManager().refresh(document);
    }
}
