package org.crosscheck.db.document;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;

/** A numbered range of a document's stored text; offsets are Java String indices, end exclusive. */
@MappedSuperclass
public abstract class DocumentRange {

    @Id
    @ManyToOne
    @JoinColumn(name = "document_id")
    public Document document;

    @Id
    public int position;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;


    public static class Key implements Serializable {
        public Long document;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(document, key.document) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(document, position);
        }
    }
}
