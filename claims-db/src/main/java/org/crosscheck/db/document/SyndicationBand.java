package org.crosscheck.db.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One locality-sensitive band hash of a document's body: equal bands make two documents syndication candidates. */
@Entity
@Table(name = "syndication_band")
@IdClass(SyndicationBand.Key.class)
public class SyndicationBand {

    @Id
    @ManyToOne
    @JoinColumn(name = "document_id")
    public Document document;

    @Id
    public int band;

    @Column(nullable = false)
    public long hash;

    public static SyndicationBand of(Document document, int band, long hash) {
        SyndicationBand row = new SyndicationBand();
        row.document = document;
        row.band = band;
        row.hash = hash;
        return row;
    }

    public static class Key implements Serializable {
        public Long document;
        public int band;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(document, key.document) && band == key.band;
        }

        @Override
        public int hashCode() {
            return Objects.hash(document, band);
        }
    }
}
