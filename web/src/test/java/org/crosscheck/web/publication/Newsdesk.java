package org.crosscheck.web.publication;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;

/**
 * The public side's test newsroom: invented articles stored through the API and extracted, and fact-checks
 * published straight into the verdict tables with SQL, as the editor workspace would leave them.
 */
public final class Newsdesk {

    /** A published fact-check as stored: ids of the verdict and its revisions. */
    public record Published(long verdict, String slug, long proposition, List<Long> revisions) {
    }

    private Newsdesk() {
    }

    public static long article(String text, String outlet, String published, String url) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text, "outlet", outlet, "published", published));
        if (url != null) {
            body.put("url", url);
        }
        long id = ((Number) Newsroom.apiClient().contentType(ContentType.JSON).body(body).when().post("/api/articles")
                .then().statusCode(201).extract().path("id")).longValue();
        Newsroom.awaitExtracted(id);
        return id;
    }

    /** The proposition of the claim mention in {@code document} whose text contains {@code words}. */
    public static long propositionOf(long document, String words) {
        List<String> found = strings("SELECT proposition_id::text FROM claim WHERE document_id = ? AND text LIKE ? AND proposition_id IS NOT NULL "
                + "ORDER BY id LIMIT 1", document, "%" + words + "%");
        if (found.isEmpty()) {
            throw new AssertionError("no claim in document " + document + " says '" + words + "'; claims: "
                    + strings("SELECT text FROM claim WHERE document_id = ?", document));
        }
        return Long.parseLong(found.get(0));
    }

    /** Publishes a verdict on the proposition, citing each mention of it as evidence. */
    public static Published publish(long proposition, String slug, String rating, String headline, String summary) {
        Account editor = Newsroom.member("editor", Role.EDITOR);
        Account publisher = Newsroom.member("publisher", Role.PUBLISHER);
        long verdict = Long.parseLong(strings("INSERT INTO verdict (proposition_id, slug, status, created_by, updated_by, first_published_at) "
                + "VALUES (?, ?, 'published', ?, ?, now() - interval '1 hour') RETURNING id::text", proposition, slug, editor.id, editor.id).get(0));
        long revision = revision(verdict, 1, rating, headline, summary, null, editor, publisher, OffsetDateTime.now().minusHours(1));
        List<Long> revisions = new ArrayList<>(List.of(revision));
        return new Published(verdict, slug, proposition, revisions);
    }

    /** A verdict written but never published: the public must not see it. */
    public static Published draft(long proposition, String slug, String rating, String headline) {
        Account editor = Newsroom.member("editor", Role.EDITOR);
        long verdict = Long.parseLong(strings("INSERT INTO verdict (proposition_id, slug, status, created_by, updated_by) "
                + "VALUES (?, ?, 'draft', ?, ?) RETURNING id::text", proposition, slug, editor.id, editor.id).get(0));
        long revision = Long.parseLong(strings("INSERT INTO verdict_revision (verdict_id, revision, rating_code, headline, summary, author_id) "
                + "VALUES (?, 1, ?, ?, 'not yet', ?) RETURNING id::text", verdict, rating, headline, editor.id).get(0));
        return new Published(verdict, slug, proposition, new ArrayList<>(List.of(revision)));
    }

    public static void retract(Published published) {
        strings("UPDATE verdict SET status = 'retracted', updated_at = now() WHERE id = ? RETURNING id::text", published.verdict());
    }

    /** A correction: a new published revision with a note saying what changed. */
    public static long correct(Published published, int number, String rating, String headline, String summary, String note) {
        Account editor = Newsroom.member("corrector", Role.EDITOR);
        Account publisher = Newsroom.member("publisher", Role.PUBLISHER);
        long revision = revision(published.verdict(), number, rating, headline, summary, note, editor, publisher, OffsetDateTime.now());
        strings("UPDATE verdict SET current_revision = ?, updated_at = now() WHERE id = ? RETURNING id::text", number, published.verdict());
        published.revisions().add(revision);
        return revision;
    }

    private static long revision(long verdict, int number, String rating, String headline, String summary, String note, Account author,
                                 Account publisher, OffsetDateTime at) {
        long revision = Long.parseLong(strings("INSERT INTO verdict_revision (verdict_id, revision, rating_code, headline, summary, correction_note, "
                + "author_id, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id::text", verdict, number, rating,
                headline, summary, note, author.id, publisher.id, at).get(0));
        strings("INSERT INTO verdict_evidence (revision_id, position, claim_id, document_id, start_offset, end_offset, text) "
                + "SELECT ?, row_number() OVER (ORDER BY c.id) - 1, c.id, c.document_id, c.start_offset, c.end_offset, c.text FROM claim c "
                + "JOIN verdict v ON v.proposition_id = c.proposition_id WHERE v.id = ? RETURNING revision_id::text", revision, verdict);
        return revision;
    }

    public static List<String> strings(String sql, Object... parameters) {
        AgroalDataSource database = Arc.container().instance(AgroalDataSource.class).get();
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

}
