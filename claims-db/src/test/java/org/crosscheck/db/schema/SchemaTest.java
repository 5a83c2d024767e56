package org.crosscheck.db.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The newsroom's rules that the database itself enforces, whatever code writes to it. */
class SchemaTest extends MigratedSchema {

    @Test
    void theExtensionsForSearchAreInstalled() throws SQLException {
        assertThat(queryLong("SELECT count(*) FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')")).isEqualTo(2);
        assertThat(queryString("SELECT fold_text('Çavuşoğlu')")).isEqualTo("cavusoglu");
    }

    @Test
    void aStoredDocumentsTextNeverChanges() throws SQLException {
        long id = insertDocument("The minister said talks would resume.");
        assertThatThrownBy(() -> update("UPDATE document SET content = 'rewritten' WHERE id = " + id))
                .hasMessageContaining("immutable");
    }

    @Test
    void aDocumentsMetadataMayBeCompletedLater() throws SQLException {
        long id = insertDocument("An article whose outlet is learnt later.");
        update("UPDATE document SET title = 'Learnt later' WHERE id = " + id);
        assertThat(queryString("SELECT title FROM document WHERE id = " + id)).isEqualTo("Learnt later");
    }

    @Test
    void theSameContentIsStoredOnce() throws SQLException {
        String text = "One wire story, pasted twice " + UUID.randomUUID();
        insertDocument(text);
        assertThatThrownBy(() -> insertDocument(text)).hasMessageContaining("document_sha256_key");
    }

    @Test
    void theAuditLogIsAppendOnly() throws SQLException {
        update("INSERT INTO audit_entry (actor, action, item_type, item_id) VALUES ('editor', 'published', 'verdict', '1')");
        assertThatThrownBy(() -> update("UPDATE audit_entry SET actor = 'someone else'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> update("DELETE FROM audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> update("TRUNCATE audit_entry")).hasMessageContaining("append-only");
    }

    @Test
    void theApplicationsOwnRoleMayAddToTheAuditLogButNeitherChangeNorEraseItNorSwitchItsGuardOff() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(database.separatesApplicationRole(), "an external server without the application role");
        try (Connection application = DriverManager.getConnection(database.applicationJdbcUrl(), database.applicationUsername(), "")) {
            application.createStatement().execute("INSERT INTO audit_entry (actor, action, item_type, item_id) VALUES ('editor', 'verdict.publish', 'verdict', '7')");
            for (String rewrite : java.util.List.of("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry", "TRUNCATE audit_entry",
                    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")) {
                assertThatThrownBy(() -> application.createStatement().execute(rewrite)).as(rewrite)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as("permission denied").isEqualTo("42501"));
            }
            application.createStatement().execute("UPDATE conflict SET explanation = explanation WHERE false");
        }
    }

    @Test
    void aSignInSessionEndsWithItsAccountAndKeepsNoPlainToken() throws SQLException {
        String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        update("INSERT INTO app_user (username, display_name, password_hash) VALUES ('" + name + "', 'Ed', '$2a$10$x')");
        String hash = "ab".repeat(32);
        update("INSERT INTO app_session (token_hash, user_id) SELECT '" + hash + "', id FROM app_user WHERE username = '" + name + "'");
        assertThatThrownBy(() -> update("INSERT INTO app_session (token_hash, user_id) SELECT 'a-plain-token', id FROM app_user "
                + "WHERE username = '" + name + "'")).hasMessageContaining("check");
        update("DELETE FROM app_user WHERE username = '" + name + "'");
        assertThat(queryLong("SELECT count(*) FROM app_session WHERE token_hash = '" + hash + "'")).isZero();
    }

    @Test
    void aSpanCannotEndBeforeItStarts() throws SQLException {
        long id = insertDocument("A short article.");
        assertThatThrownBy(() -> update("INSERT INTO sentence VALUES (" + id + ", 0, 5, 5)")).hasMessageContaining("check");
    }

    @Test
    void aDismissedConflictNeedsAReason() {
        assertThatThrownBy(() -> update("INSERT INTO conflict (kind, severity, explanation, status, key) "
                + "VALUES ('attribution', 'high', 'two speakers', 'dismissed', 'k-" + UUID.randomUUID() + "')"))
                .hasMessageContaining("check");
    }

    @Test
    void aPasswordIsStoredOnlyAsABcryptHash() {
        assertThatThrownBy(() -> update("INSERT INTO app_user (username, display_name, password_hash) VALUES ('plain', 'Plain', 'secret')"))
                .hasMessageContaining("check");
    }

    private long insertDocument(String text) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO document (sha256, content, media_type, extraction_version) "
                             + "VALUES (encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, 'text/plain', 'test') RETURNING id")) {
            insert.setString(1, text);
            insert.setString(2, text);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        }
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String queryString(String sql) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
