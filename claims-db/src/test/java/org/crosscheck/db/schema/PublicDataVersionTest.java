package org.crosscheck.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The data version public reads are kept under (V8): a committed change to what the public sees gives a new version,
 * seen together with the change, never before it; whichever server or tool made the change.
 */
class PublicDataVersionTest extends MigratedSchema {

    @Test
    void aCommittedChangeGivesANewVersionThatIsSeenOnlyWithTheChange() throws SQLException {
        try (Connection writer = connect(); Connection reader = connect()) {
            long before = version(reader);
            writer.setAutoCommit(false);
            String name = "Outlet " + UUID.randomUUID();
            execute(writer, "INSERT INTO outlet (name, name_key) VALUES ('" + name + "', lower('" + name + "'))");
            assertThat(version(reader)).as("not yet committed").isEqualTo(before);
            assertThat(count(reader, "SELECT count(*) FROM outlet WHERE name = '" + name + "'")).isZero();
            writer.commit();
            assertThat(version(reader)).isNotEqualTo(before);
            assertThat(count(reader, "SELECT count(*) FROM outlet WHERE name = '" + name + "'")).isOne();
        }
    }

    @Test
    void aTransactionOfManyChangesTakesOneVersionAndARolledBackOneTakesNone() throws SQLException {
        try (Connection writer = connect(); Connection reader = connect()) {
            writer.setAutoCommit(false);
            for (int i = 0; i < 3; i++) {
                String name = "Many " + i + " " + UUID.randomUUID();
                execute(writer, "INSERT INTO outlet (name, name_key) VALUES ('" + name + "', lower('" + name + "'))");
            }
            execute(writer, "UPDATE rating SET label = label");
            long before = version(reader);
            writer.commit();
            long after = version(reader);
            assertThat(count(reader, "SELECT count(*) FROM public_change")).as("notes are consumed at commit").isZero();

            String name = "Rolled back " + UUID.randomUUID();
            execute(writer, "INSERT INTO outlet (name, name_key) VALUES ('" + name + "', lower('" + name + "'))");
            writer.rollback();
            assertThat(version(reader)).isEqualTo(after).isNotEqualTo(before);
        }
    }

    @Test
    void aChangeToWhatThePublicDoesNotSeeKeepsTheVersion() throws SQLException {
        try (Connection writer = connect(); Connection reader = connect()) {
            long before = version(reader);
            execute(writer, "INSERT INTO app_user (username, display_name, password_hash) VALUES ('v" + System.nanoTime()
                    + "', 'Version test', '$2a$test')");
            assertThat(version(reader)).isEqualTo(before);
        }
    }

    @Test
    void twoWritersCommittingTogetherEachGiveANewVersion() throws SQLException {
        try (Connection first = connect(); Connection second = connect(); Connection reader = connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            execute(first, "UPDATE rating SET label = label WHERE code = 'true'");
            execute(second, "UPDATE rating SET label = label WHERE code = 'false'");
            first.commit();
            long afterFirst = version(reader);
            second.commit();
            assertThat(version(reader)).isNotEqualTo(afterFirst);
        }
    }

    private static long version(Connection connection) throws SQLException {
        return count(connection, "SELECT version FROM public_data_version");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
