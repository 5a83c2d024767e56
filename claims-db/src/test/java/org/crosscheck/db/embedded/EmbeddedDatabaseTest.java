package org.crosscheck.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void whatIsWrittenInOneRunIsThereInTheNext() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, 0)) {
            execute(first, "CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory, 0);
             Connection connection = DriverManager.getConnection(second.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeUsedIsNamedInTheError() throws Exception {
        Path notADirectory = java.nio.file.Files.writeString(dataDirectory.resolve("occupied"), "a file where the data should go");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.start(notADirectory, 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(notADirectory.toString());
        Path underAFile = notADirectory.resolve("postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.start(underAFile, 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(underAFile.toString());
    }

    private static void execute(EmbeddedDatabase database, String... sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
