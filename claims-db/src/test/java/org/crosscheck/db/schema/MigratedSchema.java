package org.crosscheck.db.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.crosscheck.db.embedded.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A database migrated to the current schema for one test class, reached over plain JDBC as any other tool would. */
public abstract class MigratedSchema {

    protected static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.start();
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password()).load().migrate();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    protected static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
