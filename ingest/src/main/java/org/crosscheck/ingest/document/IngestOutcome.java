package org.crosscheck.ingest.document;

/**
 * What became of a submitted article: a new document, or the existing one with the same content.
 *
 * @param duplicateOf    the existing document's id when the same content had been stored before (then {@code id} equals it)
 * @param syndicatedFrom the original this document is a syndicated copy of, if any
 * @param corrects       the earlier version this document corrects (same URL, other text), if any
 */
public record IngestOutcome(long id, String sha256, Long duplicateOf, Long syndicatedFrom, Long corrects) {

    public boolean created() {
        return duplicateOf == null;
    }
}
