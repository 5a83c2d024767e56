package org.crosscheck.db.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    /** What the syndication check needs of a stored document, without loading its text. */
    public record SyndicationCandidate(long id, LocalDate publishedFirst, byte[] fingerprint) {
    }

    public Optional<Document> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /**
     * Stores a new document with its body ranges, sentences and band hashes. The derived rows go in as one array
     * statement per table: an article has dozens of them, and row-by-row entity inserts cost more than the rest of
     * ingest together.
     */
    public void persistWithRanges(Document document, int[][] body, int[][] sentences, long[] bands) {
        persist(document);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            insertRanges(connection, "body_range", document.id, body);
            insertRanges(connection, "sentence", document.id, sentences);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO syndication_band (document_id, band, hash) SELECT ?, t.i - 1, t.h FROM unnest(?::bigint[]) WITH ORDINALITY AS t(h, i)")) {
                insert.setLong(1, document.id);
                insert.setArray(2, connection.createArrayOf("bigint", Arrays.stream(bands).boxed().toArray()));
                insert.executeUpdate();
            }
        });
    }

    private static void insertRanges(Connection connection, String table, long documentId, int[][] ranges) throws SQLException {
        if (ranges.length == 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (document_id, position, start_offset, end_offset) SELECT ?, t.i - 1, t.s, t.e FROM unnest(?::int[], ?::int[]) WITH ORDINALITY AS t(s, e, i)")) {
            insert.setLong(1, documentId);
            insert.setArray(2, connection.createArrayOf("integer", Arrays.stream(ranges).map(r -> r[0]).toArray()));
            insert.setArray(3, connection.createArrayOf("integer", Arrays.stream(ranges).map(r -> r[1]).toArray()));
            insert.executeUpdate();
        }
    }

    /** The latest document read from the file {@code name} or fetched from the URL {@code name}: an original a copy names. */
    public Optional<Document> latestNamed(String name) {
        return find("sourceName = ?1 or url = ?1 order by id desc", name).firstResultOptional();
    }

    /** The newest stored version of the article at {@code url}: what a new text at the same address corrects. */
    public Optional<Document> latestWithUrl(String url) {
        return find("url = ?1 order by id desc", url).firstResultOptional();
    }

    /**
     * The documents sharing at least {@code minShared} band hashes with {@code bands}, most shared first, at most
     * {@code limit}: the candidates a new body may be a syndicated copy of.
     */
    public List<SyndicationCandidate> syndicationCandidates(long[] bands, int minShared, int limit) {
        if (bands.length == 0) {
            return List.of();
        }
        List<SyndicationCandidate> candidates = new ArrayList<>();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT d.id, d.published_first, d.body_fingerprint FROM document d"
                    + " JOIN (SELECT document_id, count(*) AS shared FROM syndication_band WHERE hash = ANY(?)"
                    + " GROUP BY document_id HAVING count(*) >= ? ORDER BY count(*) DESC, document_id LIMIT ?) c ON c.document_id = d.id"
                    + " WHERE d.body_fingerprint IS NOT NULL ORDER BY c.shared DESC, d.id")) {
                // Planned for each call with its own hashes: a plan cached while the tables were small (a scan)
                // would be kept by the connection long after the index became the only sensible way.
                query.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                query.setArray(1, connection.createArrayOf("bigint", Arrays.stream(bands).boxed().toArray()));
                query.setInt(2, minShared);
                query.setInt(3, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        java.sql.Date published = rows.getDate(2);
                        candidates.add(new SyndicationCandidate(rows.getLong(1), published == null ? null : published.toLocalDate(), rows.getBytes(3)));
                    }
                }
            }
        });
        return candidates;
    }

    /** Points every member of a syndication family at its original (and the original at nothing). */
    public void linkFamily(long original, List<Long> members) {
        // Only rows that change are written, and they are locked in id order first: two ingests linking the same
        // family at once then wait for each other instead of deadlocking. NO KEY UPDATE, because rows elsewhere that
        // merely reference a family member (claims, conflict sides) must not wait for the link.
        getEntityManager().createNativeQuery("WITH target AS (SELECT id FROM document WHERE id = ANY(?2) "
                        + "AND syndicated_from_id IS DISTINCT FROM (CASE WHEN id = ?1 THEN NULL ELSE ?1 END) ORDER BY id FOR NO KEY UPDATE) "
                        + "UPDATE document d SET syndicated_from_id = CASE WHEN d.id = ?1 THEN NULL ELSE ?1 END FROM target WHERE d.id = target.id")
                .setParameter(1, original)
                .setParameter(2, members.toArray(Long[]::new))
                .executeUpdate();
    }
}
