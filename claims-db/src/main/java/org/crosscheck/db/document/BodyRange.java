package org.crosscheck.db.document;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One range of a document's text that is article body (the rest is page chrome and boilerplate). */
@Entity
@Table(name = "body_range")
@IdClass(DocumentRange.Key.class)
public class BodyRange extends DocumentRange {
}
