package org.crosscheck.web.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.db.review.Conflict;
import org.crosscheck.db.verdict.Verdict;
import org.crosscheck.db.verdict.VerdictRepository;
import org.crosscheck.db.verdict.VerdictRevision;

/**
 * The life of a verdict: drafted, rewritten while a draft, sent for review, published by a publisher, then only
 * ever corrected (a new revision with a note readers see) or retracted. Every step is audited, and a step taken
 * on a state the editor did not see is refused.
 */
@ApplicationScoped
public class VerdictDesk {

    private static final int SLUG_WORDS = 60;

    private final VerdictRepository verdicts;
    private final EntityManager entityManager;
    private final AuditLog audit;

    VerdictDesk(VerdictRepository verdicts, EntityManager entityManager, AuditLog audit) {
        this.verdicts = verdicts;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Who acts: their account and the name the audit log gives them. */
    public record Actor(long accountId, String username) {
    }

    @Transactional
    public long draft(long propositionId, Long conflictId, VerdictForm form, EvidenceChoices choices, Actor actor) {
        Conflict resolving = conflictId == null ? null : entityManager.find(Conflict.class, conflictId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (resolving != null && Conflict.RESOLVED.equals(resolving.status)) {
            // one conflict, one verdict: a second editor resolving it at once, or a stale page, must not add another
            throw new EditRefused("This conflict is already resolved (" + resolving.statusReason + "): open that verdict and correct it instead.");
        }
        Account author = entityManager.getReference(Account.class, actor.accountId());
        Verdict verdict = new Verdict();
        verdict.propositionId = propositionId;
        verdict.conflictId = conflictId;
        verdict.slug = freeSlug(form.headline(), propositionId);
        verdict.status = Verdict.DRAFT;
        verdict.currentRevision = 1;
        verdict.createdBy = author;
        verdict.updatedBy = author;
        verdict.updatedAt = OffsetDateTime.now();
        verdicts.persist(verdict);
        VerdictRevision revision = new VerdictRevision();
        revision.verdictId = verdict.id;
        revision.revision = 1;
        revision.author = author;
        write(revision, form, choices);
        if (resolving != null) {
            Conflict conflict = resolving;
            conflict.status = Conflict.RESOLVED;
            conflict.statusReason = "verdict " + verdict.id;
            conflict.updatedAt = OffsetDateTime.now();
            audit.record(actor.username(), "conflict.resolve", "conflict", conflictId, "into verdict " + verdict.id);
        }
        audit.record(actor.username(), "verdict.draft", "verdict", verdict.id, form.headline());
        return verdict.id;
    }

    /** Rewrites a draft or a verdict in review; published words are never rewritten. */
    @Transactional
    public void save(long id, VerdictForm form, EvidenceChoices choices, Actor actor) {
        Verdict verdict = current(id, form.version());
        if (!verdict.isEditable()) {
            throw new EditRefused("This verdict is " + verdict.status + ": correct it instead of editing it.");
        }
        VerdictRevision revision = verdicts.current(verdict);
        revision.author = entityManager.getReference(Account.class, actor.accountId());
        write(revision, form, choices);
        touch(verdict, actor);
        audit.record(actor.username(), "verdict.save", "verdict", id, form.headline());
    }

    @Transactional
    public void submit(long id, long version, Actor actor) {
        move(id, version, Verdict.DRAFT, Verdict.IN_REVIEW, actor, "verdict.submit");
    }

    @Transactional
    public void returnToDraft(long id, long version, Actor actor) {
        move(id, version, Verdict.IN_REVIEW, Verdict.DRAFT, actor, "verdict.return");
    }

    @Transactional
    public void publish(long id, long version, Actor actor) {
        Verdict verdict = move(id, version, Verdict.IN_REVIEW, Verdict.PUBLISHED, actor, "verdict.publish");
        VerdictRevision revision = verdicts.current(verdict);
        revision.publishedBy = entityManager.getReference(Account.class, actor.accountId());
        revision.publishedAt = OffsetDateTime.now();
        if (verdict.firstPublishedAt == null) {
            verdict.firstPublishedAt = revision.publishedAt;
        }
    }

    /** A published verdict changed in public: a new revision, published at once, with its correction note. */
    @Transactional
    public void correct(long id, VerdictForm form, EvidenceChoices choices, Actor actor) {
        Verdict verdict = current(id, form.version());
        if (!verdict.isPublished()) {
            throw new EditRefused("Only a published verdict is corrected; this one is " + verdict.status + ".");
        }
        VerdictRevision revision = nextRevision(verdict, actor, form.correctionNote());
        write(revision, form, choices);
        touch(verdict, actor);
        audit.record(actor.username(), "verdict.correct", "verdict", id, "revision " + revision.revision + ": " + form.correctionNote());
    }

    /** Withdraws a published verdict; its words stay on record, with the reason as the last revision's note. */
    @Transactional
    public void retract(long id, long version, String reason, Actor actor) {
        Verdict verdict = current(id, version);
        if (!verdict.isPublished()) {
            throw new EditRefused("Only a published verdict can be retracted; this one is " + verdict.status + ".");
        }
        VerdictRevision before = verdicts.current(verdict);
        VerdictRevision revision = nextRevision(verdict, actor, "Retracted: " + reason);
        revision.ratingCode = before.ratingCode;
        revision.headline = before.headline;
        revision.summary = before.summary;
        revision.claimantEntityId = before.claimantEntityId;
        verdicts.persist(revision);
        verdicts.cite(revision, verdicts.cited(before.id).stream().map(c -> c.evidence()).toList());
        verdict.status = Verdict.RETRACTED;
        touch(verdict, actor);
        audit.record(actor.username(), "verdict.retract", "verdict", id, reason);
    }

    private VerdictRevision nextRevision(Verdict verdict, Actor actor, String note) {
        Account account = entityManager.getReference(Account.class, actor.accountId());
        VerdictRevision revision = new VerdictRevision();
        revision.verdictId = verdict.id;
        revision.revision = verdict.currentRevision + 1;
        revision.author = account;
        revision.correctionNote = note;
        revision.publishedBy = account;
        revision.publishedAt = OffsetDateTime.now();
        verdict.currentRevision = revision.revision;
        return revision;
    }

    private void write(VerdictRevision revision, VerdictForm form, EvidenceChoices choices) {
        revision.ratingCode = form.rating();
        revision.headline = form.headline();
        revision.summary = form.summary();
        revision.claimantEntityId = choices.claimantId(form.claimant());
        if (revision.id == null) {
            verdicts.persist(revision);
        }
        verdicts.cite(revision, choices.evidence(form.evidence()));
    }

    private Verdict move(long id, long version, String from, String to, Actor actor, String action) {
        Verdict verdict = current(id, version);
        if (!from.equals(verdict.status)) {
            throw new EditRefused("This verdict is " + verdict.status.replace('_', ' ') + ", not " + from.replace('_', ' ') + ".");
        }
        verdict.status = to;
        touch(verdict, actor);
        audit.record(actor.username(), action, "verdict", id, from + " -> " + to);
        return verdict;
    }

    /** The verdict, if the editor's copy (its version) is still the current one. */
    private Verdict current(long id, long version) {
        Verdict verdict = verdicts.withEditors(id).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no verdict " + id));
        if (verdict.version != version) {
            throw EditRefused.stale("verdict", verdict.updatedBy.displayName, verdict.updatedAt);
        }
        return verdict;
    }

    private void touch(Verdict verdict, Actor actor) {
        verdict.updatedBy = entityManager.getReference(Account.class, actor.accountId());
        verdict.updatedAt = OffsetDateTime.now();
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new EditRefused("This verdict was changed by someone else just now. Nothing you typed is lost: check and save again.");
        }
    }

    /** A readable, unique address for the public page: the headline's words, then the proposition. */
    private String freeSlug(String headline, long propositionId) {
        String words = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (words.length() > SLUG_WORDS) {
            words = words.substring(0, SLUG_WORDS).replaceAll("-+[^-]*$", "");
        }
        String base = (words.isEmpty() ? "verdict" : words) + "-" + propositionId;
        String slug = base;
        for (int n = 2; verdicts.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
