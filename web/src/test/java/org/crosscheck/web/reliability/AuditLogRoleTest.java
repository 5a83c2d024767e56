package org.crosscheck.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The running application's own connections can add to the audit log and never rewrite it: the database says no. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuditLogRoleTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theApplicationConnectsAsARoleThatCanNeitherRewriteTheAuditLogNorDisableItsGuard() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "an external server: the application connects as whichever role it is given");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")) {
                assertThat(role.next()).isTrue();
                assertThat(role.getString(1)).isEqualTo("crosscheck_app");
                assertThat(role.getBoolean(2)).as("a superuser would ignore privileges").isFalse();
            }
            statement.execute("INSERT INTO audit_entry (actor, action, item_type, item_id) VALUES ('test', 'audit.check', 'verdict', '0')");
            for (String rewrite : new String[] {"UPDATE audit_entry SET detail = 'rewritten'", "DELETE FROM audit_entry", "TRUNCATE audit_entry",
                    "ALTER TABLE audit_entry DISABLE TRIGGER USER"}) {
                assertThatThrownBy(() -> statement.execute(rewrite)).as(rewrite)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as("permission denied").isEqualTo("42501"));
            }
        }
    }
}
