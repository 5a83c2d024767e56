package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.db.publication.ClaimCards.EntityRef;
import org.crosscheck.db.publication.ClaimRecords.MentionRecord;

/**
 * Fact-checks as the public reads them: only verdicts published at least once, each shown at its newest published
 * revision, with every earlier published revision as its correction history. Drafts and unpublished revisions
 * never leave the newsroom.
 */
@ApplicationScoped
public class PublishedVerdicts {

    /** A published revision: its rating on the newsroom's scale, words, and who wrote and who published it. */
    public record Revision(int revision, String rating, String ratingLabel, int ratingScore, String headline, String summary,
                           String correctionNote, String author, String publishedBy, Instant publishedAt) {
    }

    /** A quoted span of a source article cited as evidence. */
    public record Evidence(int position, Long claimId, long documentId, int start, int end, String text, String outlet, String url,
                           String title, LocalDate published) {
    }

    /** {@code history} holds every published revision, newest first; the first is the one shown. */
    public record FactCheck(long id, String slug, String status, long propositionId, String proposition, Instant firstPublished,
                            EntityRef claimant, List<Revision> history, List<Evidence> evidence, List<MentionRecord> appearances) {

        public Revision current() {
            return history.get(0);
        }
    }

    /** A line of the public list and feed. */
    public record Listed(long id, String slug, String status, String headline, String summary, String rating, String ratingLabel,
                         String proposition, Instant firstPublished, Instant updated) {
    }

    private record VerdictRow(long id, String slug, String status, long proposition, String text, Instant firstPublished, Long claimant) {
    }

    private record RevisionRow(long id, Revision revision) {
    }

    private static final String REVISIONS = "SELECT r.revision, r.rating_code, rt.label, rt.score, r.headline, r.summary, r.correction_note, "
            + "a.display_name, p.display_name, r.published_at, r.id FROM verdict_revision r JOIN rating rt ON rt.code = r.rating_code "
            + "JOIN app_user a ON a.id = r.author_id LEFT JOIN app_user p ON p.id = r.published_by "
            + "WHERE r.verdict_id = ? AND r.published_at IS NOT NULL ORDER BY r.revision DESC";

    private final AgroalDataSource database;

    PublishedVerdicts(AgroalDataSource database) {
        this.database = database;
    }

    /** Newest publication first; {@code before} is the last id of the previous page ({@code null}: the first page). */
    public List<Listed> list(int limit, Instant before, Long beforeId) {
        return Sql.read(database, sql -> sql.list("SELECT v.id, v.slug, v.status, r.headline, r.summary, r.rating_code, rt.label, p.text, "
                + "v.first_published_at, r.published_at FROM verdict v JOIN LATERAL (SELECT * FROM verdict_revision r WHERE r.verdict_id = v.id "
                + "AND r.published_at IS NOT NULL ORDER BY r.revision DESC LIMIT 1) r ON true JOIN rating rt ON rt.code = r.rating_code "
                + "JOIN proposition p ON p.id = v.proposition_id WHERE v.status IN ('published', 'retracted') "
                + "AND (?::timestamptz IS NULL OR (r.published_at, v.id) < (?::timestamptz, ?)) ORDER BY r.published_at DESC, v.id DESC LIMIT ?",
                row -> new Listed(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        row.getString(7), row.getString(8), Sql.instant(row, 9), Sql.instant(row, 10)),
                timestamp(before), timestamp(before), beforeId == null ? 0L : beforeId, limit));
    }

    /** The codes of the newsroom's rating scale. */
    public java.util.Set<String> ratingCodes() {
        return Sql.read(database, sql -> new java.util.TreeSet<>(sql.list("SELECT code FROM rating", row -> row.getString(1))));
    }

    public Optional<FactCheck> bySlug(String slug) {
        return find("v.slug = ?", slug);
    }

    public Optional<FactCheck> byId(long id) {
        return find("v.id = ?", id);
    }

    /** The published fact-check on a proposition, if any (the most recently published when there are several). */
    public Optional<FactCheck> ofProposition(long propositionId) {
        return find("v.proposition_id = ?", propositionId);
    }

    private Optional<FactCheck> find(String condition, Object key) {
        return Sql.read(database, sql -> {
            Optional<VerdictRow> verdict = sql.one("SELECT v.id, v.slug, v.status, v.proposition_id, p.text, v.first_published_at, "
                    + "(SELECT r.claimant_entity_id FROM verdict_revision r WHERE r.verdict_id = v.id AND r.published_at IS NOT NULL "
                    + "ORDER BY r.revision DESC LIMIT 1) FROM verdict v JOIN proposition p ON p.id = v.proposition_id WHERE " + condition
                    + " AND v.status IN ('published', 'retracted') AND EXISTS (SELECT 1 FROM verdict_revision r WHERE r.verdict_id = v.id "
                    + "AND r.published_at IS NOT NULL) ORDER BY v.first_published_at DESC NULLS LAST, v.id DESC LIMIT 1",
                    row -> new VerdictRow(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                            Sql.instant(row, 6), Sql.longOrNull(row, 7)), key);
            if (verdict.isEmpty()) {
                return Optional.empty();
            }
            VerdictRow v = verdict.get();
            List<RevisionRow> revisions = sql.list(REVISIONS, row -> new RevisionRow(row.getLong(11), new Revision(row.getInt(1),
                    row.getString(2), row.getString(3), row.getInt(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                    row.getString(9), Sql.instant(row, 10))), v.id());
            List<MentionRecord> appearances = ClaimRecords.mentions(sql, v.proposition());
            return Optional.of(new FactCheck(v.id(), v.slug(), v.status(), v.proposition(), v.text(), v.firstPublished(),
                    claimant(sql, v.claimant(), appearances), revisions.stream().map(RevisionRow::revision).toList(),
                    evidence(sql, revisions.get(0).id()), appearances));
        });
    }

    /** Who made the claim: as the editor named them, or else the speaker of its first attributed appearance. */
    private static EntityRef claimant(Sql sql, Long named, List<MentionRecord> appearances) throws SQLException {
        Long id = named;
        if (id == null) {
            id = appearances.stream().map(MentionRecord::speakerId).filter(s -> s != null).findFirst().orElse(null);
        }
        if (id == null) {
            return null;
        }
        return sql.one("SELECT e.id, e.name, e.kind FROM entity e WHERE e.id = (SELECT coalesce(x.merged_into_id, x.id) FROM entity x WHERE x.id = ?)",
                row -> new EntityRef(row.getLong(1), row.getString(2), row.getString(3)), id).orElse(null);
    }

    private static List<Evidence> evidence(Sql sql, long revisionId) throws SQLException {
        return sql.list("SELECT e.position, e.claim_id, e.document_id, e.start_offset, e.end_offset, e.text, o.name, d.url, d.title, "
                + "d.published_first FROM verdict_evidence e JOIN document d ON d.id = e.document_id LEFT JOIN outlet o ON o.id = d.outlet_id "
                + "WHERE e.revision_id = ? ORDER BY e.position", row -> new Evidence(row.getInt(1), Sql.longOrNull(row, 2), row.getLong(3),
                row.getInt(4), row.getInt(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9), Sql.date(row, 10)), revisionId);
    }

    private static java.sql.Timestamp timestamp(Instant at) {
        return at == null ? null : java.sql.Timestamp.from(at);
    }
}
