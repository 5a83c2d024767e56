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
    void theServerCachesAQuarterOfTheMachinesMemoryWithinItsBounds() throws Exception {
        long expected = EmbeddedDatabase.sharedBuffersMegabytes();
        assertThat(expected).isBetween(128L, 1024L);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0);
             Connection connection = DriverManager.getConnection(database.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("SELECT setting::bigint * 8 / 1024 FROM pg_settings WHERE name = 'shared_buffers'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(expected);
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

    @Test
    void aDiskWithLessRoomThanTheMinimumIsNamedWithTheSpaceFound() throws Exception {
        long free = java.nio.file.Files.getFileStore(dataDirectory).getUsableSpace();
        Path wanted = dataDirectory.resolve("postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.start(wanted, 0, free + 1024L * 1024 * 1024))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(wanted.toString())
                .hasMessageMatching(".* has [0-9]+ MB free; at least [0-9]+ MB are needed.*");
        assertThat(wanted.resolve("PG_VERSION")).as("nothing started").doesNotExist();
    }

    @Test
    void aReadOnlyDataDirectoryIsNamedInTheError() throws Exception {
        // root may write anywhere a permission forbids, so this runs for an ordinary user only (a read-only mount
        // would refuse root too, but mounting needs root).
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not bind root");
        Path readOnly = java.nio.file.Files.createDirectory(dataDirectory.resolve("read-only"));
        java.nio.file.Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.start(readOnly, 0))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining(readOnly.toString()).hasMessageContaining("not writable");
        } finally {
            java.nio.file.Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
