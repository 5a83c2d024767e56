package org.crosscheck.db.document;

import org.crosscheck.db.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.db.outlet.Outlet;

/**
 * An article as stored: its exact text (never changed after insert; the database refuses), its SHA-256,
 * and what is known about where it came from, each with the basis it was learnt from.
 */
@Entity
@Table(name = "document")
public class Document extends IdentifiedEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String sha256;

    @Column(nullable = false, updatable = false)
    public String content;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    /** The bytes as received when they were not plain text (an HTML page), for provenance. */
    @Column(updatable = false)
    public byte[] original;

    public String url;

    /** The file an article was read from ({@code ingest}), for provenance and for reports keyed by file name. */
    @Column(name = "source_name", updatable = false)
    public String sourceName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public Outlet outlet;

    @Column(name = "outlet_basis")
    public String outletBasis;

    public String title;

    @Column(name = "title_basis")
    public String titleBasis;

    @Column(name = "published_first")
    public LocalDate publishedFirst;

    @Column(name = "published_last")
    public LocalDate publishedLast;

    @Column(name = "published_precision")
    public String publishedPrecision;

    @Column(name = "published_basis")
    public String publishedBasis;

    @Column(name = "retrieved_at", nullable = false)
    public OffsetDateTime retrievedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "syndicated_from_id")
    public Document syndicatedFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    public Document corrects;

    @Column(name = "extraction_version", nullable = false)
    public String extractionVersion;

    /** When the background extraction ran on this document; null while it waits. */
    @Column(name = "extracted_at", insertable = false, updatable = false)
    public OffsetDateTime extractedAt;

    /** MinHash minima of the body, to confirm a syndication candidate found through {@link SyndicationBand}. */
    @Column(name = "body_fingerprint", updatable = false)
    public byte[] bodyFingerprint;

    /** Written with the document by {@link DocumentRepository#persistWithRanges}; read-only here. */
    @OneToMany(mappedBy = "document")
    @OrderBy("position")
    public List<BodyRange> body = new ArrayList<>();

    @OneToMany(mappedBy = "document")
    @OrderBy("position")
    public List<SentenceRange> sentences = new ArrayList<>();
}
