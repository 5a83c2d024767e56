package org.crosscheck.db.document;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One sentence of a document's body, in reading order. */
@Entity
@Table(name = "sentence")
@IdClass(DocumentRange.Key.class)
public class SentenceRange extends DocumentRange {
}
