package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.db.publication.ClaimRecords.MentionRecord;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;

/**
 * Everything a provenance report states about one proposition, read in one go: the proposition and the version of
 * reconciliation that formed it, every mention with its exact span, every document cited (by a mention or by the
 * published verdict's evidence) with its full stored text, and the published verdict if there is one.
 */
@ApplicationScoped
public class ProvenanceRecords {

    public record PropositionRecord(long id, String key, String text, String kind, String reconciliationVersion, Instant updated,
                                    int independent, int derivative) {
    }

    public record DocumentRecord(long id, String sha256, String content, String mediaType, String url, String title, Long outletId,
                                 String outlet, String outletHome, LocalDate publishedFirst, LocalDate publishedLast, String publishedPrecision,
                                 Instant retrieved, String extractionVersion, Instant extracted, Long syndicatedFrom, Long corrects) {
    }

    public record Provenance(PropositionRecord proposition, List<MentionRecord> mentions, List<DocumentRecord> documents,
                             Optional<FactCheck> factCheck) {
    }

    private final AgroalDataSource database;
    private final PublishedVerdicts verdicts;

    ProvenanceRecords(AgroalDataSource database, PublishedVerdicts verdicts) {
        this.database = database;
        this.verdicts = verdicts;
    }

    public Optional<Provenance> of(long propositionId) {
        Optional<FactCheck> factCheck = verdicts.ofProposition(propositionId);
        return Sql.read(database, sql -> {
            Optional<PropositionRecord> proposition = sql.one("SELECT id, key, text, kind, reconciliation_version, updated_at, "
                    + "independent_count, derivative_count FROM proposition WHERE id = ?", row -> new PropositionRecord(row.getLong(1),
                    row.getString(2), row.getString(3), row.getString(4), row.getString(5), Sql.instant(row, 6), row.getInt(7), row.getInt(8)),
                    propositionId);
            if (proposition.isEmpty()) {
                return Optional.empty();
            }
            List<MentionRecord> mentions = ClaimRecords.mentions(sql, propositionId);
            Set<Long> cited = new LinkedHashSet<>();
            mentions.forEach(m -> cited.add(m.documentId()));
            factCheck.ifPresent(f -> f.evidence().forEach(e -> cited.add(e.documentId())));
            List<DocumentRecord> documents = sql.list("SELECT d.id, d.sha256, d.content, d.media_type, d.url, d.title, d.outlet_id, o.name, "
                    + "o.home_url, d.published_first, d.published_last, d.published_precision, d.retrieved_at, d.extraction_version, "
                    + "d.extracted_at, d.syndicated_from_id, d.corrects_id FROM document d LEFT JOIN outlet o ON o.id = d.outlet_id "
                    + "WHERE d.id = ANY (?) ORDER BY d.id", row -> new DocumentRecord(row.getLong(1), row.getString(2), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), Sql.longOrNull(row, 7), row.getString(8), row.getString(9),
                    Sql.date(row, 10), Sql.date(row, 11), row.getString(12), Sql.instant(row, 13), row.getString(14), Sql.instant(row, 15),
                    Sql.longOrNull(row, 16), Sql.longOrNull(row, 17)), cited);
            return Optional.of(new Provenance(proposition.get(), mentions, documents, factCheck));
        });
    }
}
