package org.crosscheck.db.verdict;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.crosscheck.db.review.Passage;
import org.crosscheck.db.review.Sql;

/** Verdicts, their revisions and the evidence each revision cites. */
@ApplicationScoped
public class VerdictRepository implements PanacheRepository<Verdict> {

    /** A span a revision cites: where it is, in which words; {@code claimId} when it is a claim mention. */
    public record Evidence(Long claimId, long documentId, int start, int end, String text) {
    }

    /** Cited evidence as a page shows it: in its sentence, with its outlet. */
    public record CitedEvidence(int position, Evidence evidence, String outlet, String title, Passage passage) {
    }

    private final EntityManager entityManager;
    private final Sql sql;

    VerdictRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.sql = new Sql(entityManager);
    }

    /** The verdict with who last changed it, for the "changed by X at T" a stale save is told. */
    public Optional<Verdict> withEditors(long id) {
        return find("from Verdict v join fetch v.updatedBy join fetch v.createdBy where v.id = ?1", id).firstResultOptional();
    }

    public Optional<Verdict> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public VerdictRevision current(Verdict verdict) {
        return revision(verdict.id, verdict.currentRevision);
    }

    public VerdictRevision revision(long verdictId, int revision) {
        return entityManager.createQuery("from VerdictRevision r join fetch r.author left join fetch r.publishedBy "
                + "where r.verdictId = ?1 and r.revision = ?2", VerdictRevision.class).setParameter(1, verdictId).setParameter(2, revision)
                .getSingleResult();
    }

    /** Every revision, newest first: the record of what was published and corrected. */
    public List<VerdictRevision> revisions(long verdictId) {
        return entityManager.createQuery("from VerdictRevision r join fetch r.author left join fetch r.publishedBy "
                + "where r.verdictId = ?1 order by r.revision desc", VerdictRevision.class).setParameter(1, verdictId).getResultList();
    }

    public void persist(VerdictRevision revision) {
        entityManager.persist(revision);
    }

    public List<Rating> ratings() {
        return entityManager.createQuery("from Rating order by position", Rating.class).getResultList();
    }

    public Optional<Rating> rating(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(Rating.class, code));
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Replaces what an unpublished revision cites; a published revision's evidence is never rewritten. */
    public void cite(VerdictRevision revision, List<Evidence> evidence) {
        entityManager.flush();
        sql.update("DELETE FROM verdict_evidence WHERE revision_id = ?", revision.id);
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            sql.update("INSERT INTO verdict_evidence (revision_id, position, claim_id, document_id, start_offset, end_offset, text) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", revision.id, i, e.claimId(), e.documentId(), e.start(), e.end(), e.text());
        }
    }

    public List<CitedEvidence> cited(long revisionId) {
        return sql.list("SELECT x.position, x.claim_id, x.document_id, x.start_offset, x.end_offset, x.text, o.name, d.title, d.content, "
                + Passage.sentenceBounds("x") + " FROM verdict_evidence x JOIN document d ON d.id = x.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                + "WHERE x.revision_id = ? ORDER BY x.position",
                r -> new CitedEvidence(r.getInt(1), new Evidence(Sql.longOrNull(r, 2), r.getLong(3), r.getInt(4), r.getInt(5), r.getString(6)),
                        r.getString(7), r.getString(8), Passage.read(r, 9, r.getInt(4), r.getInt(5))),
                revisionId);
    }

    /** An entity's name, for the claimant line. */
    public Optional<String> entityName(Long entityId) {
        return entityId == null ? Optional.empty() : sql.one("SELECT name FROM entity WHERE id = ?", r -> r.getString(1), entityId);
    }
}
