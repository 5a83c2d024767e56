package org.crosscheck.db.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.crosscheck.db.IdentifiedEntity;
import org.crosscheck.db.account.Account;

/**
 * A verdict on a proposition: draft, in review, published or retracted. Its words live in revisions; the verdict
 * points at the current one. {@code version} makes a second editor's save over a newer state fail instead of
 * silently overwriting it.
 */
@Entity
@Table(name = "verdict")
public class Verdict extends IdentifiedEntity {

    public static final String DRAFT = "draft";
    public static final String IN_REVIEW = "in_review";
    public static final String PUBLISHED = "published";
    public static final String RETRACTED = "retracted";

    @Column(name = "proposition_id", nullable = false, updatable = false)
    public Long propositionId;

    @Column(name = "conflict_id", updatable = false)
    public Long conflictId;

    @Column(nullable = false, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String status;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    public Account createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    public Account updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "first_published_at")
    public OffsetDateTime firstPublishedAt;

    @Version
    public long version;

    /** Whether its words may still be changed in place: never once the public has seen them. */
    public boolean isEditable() {
        return DRAFT.equals(status) || IN_REVIEW.equals(status);
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
