package org.crosscheck.db.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.crosscheck.db.IdentifiedEntity;
import org.crosscheck.db.account.Account;

/**
 * The words of a verdict at one revision: rating, headline, summary, claimant. Revision 1 is written and rewritten
 * until it is published; after that, every change is a new revision whose correction note the public sees.
 */
@Entity
@Table(name = "verdict_revision")
public class VerdictRevision extends IdentifiedEntity {

    @Column(name = "verdict_id", nullable = false, updatable = false)
    public Long verdictId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "rating_code", nullable = false)
    public String ratingCode;

    @Column(nullable = false)
    public String headline;

    @Column(nullable = false)
    public String summary;

    @Column(name = "claimant_entity_id")
    public Long claimantEntityId;

    @Column(name = "correction_note")
    public String correctionNote;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    public Account publishedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
