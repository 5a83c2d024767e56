package org.crosscheck.db.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server run from the binaries shipped on Maven Central, so that a newcomer needs no database.
 * Its data directory is kept between runs; {@link #close()} stops the server cleanly.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The database the platform uses inside the embedded server (the server's own {@code postgres} stays clean). */
    public static final String DATABASE = "crosscheck";
    public static final String USER = "postgres";
    /**
     * The role the application's requests run as: not a superuser and not the owner of the tables, so what migration
     * V9 withholds from it (changing or deleting audit lines) it cannot do, nor switch the guarding triggers off.
     */
    public static final String APPLICATION_USER = "crosscheck_app";
    /** The embedded server trusts local connections (initdb -A trust); Quarkus still wants a password to migrate as the owner. */
    public static final String TRUSTED_PASSWORD = "trusted-locally";
    /** Room for a new cluster, a few WAL segments and a day's articles; below it PostgreSQL fails later and less clearly. */
    public static final long DEFAULT_MINIMUM_FREE_BYTES = 256L * 1024 * 1024;

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use and reusing it afterwards.
     *
     * @param port the TCP port on localhost, or 0 for any free port
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        return start(dataDirectory, port, DEFAULT_MINIMUM_FREE_BYTES);
    }

    /** As {@link #start(Path, int)}, refusing to start when the directory's file system has less than {@code minimumFreeBytes} free. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, long minimumFreeBytes) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        DataDirectory.prepare(directory, minimumFreeBytes);
        OrphanedServer.stopIfAny(directory);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // The owner stops the server after the application has closed its connections (see close()).
                    .setRegisterShutdownHook(false)
                    // The builder's defaults suit throw-away test servers; a newsroom's record must survive a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", sharedBuffersMegabytes() + "MB");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), directory);
            database.createDatabaseIfMissing();
            database.createApplicationRoleIfMissing();
            return database;
        } catch (IOException | SQLException e) {
            throw new EmbeddedDatabaseException("could not start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL's own cache: a quarter of the machine's memory, from 128 MB (PostgreSQL's default) to 1 GB. The
     * default alone left a million-claim store reading most lookup rows from the operating system's cache, which
     * measured a third slower (docs/benchmarks.md); the memory is only taken as pages are read.
     */
    static long sharedBuffersMegabytes() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024);
        return Math.max(128, Math.min(1024, total / 4));
    }

    /** A throw-away server for tests: a fresh cluster in a new temporary directory, deleted on close. */
    public static EmbeddedDatabase startFresh() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
            EmbeddedDatabase database = new EmbeddedDatabase(server, null);
            database.createDatabaseIfMissing();
            database.createApplicationRoleIfMissing();
            return database;
        } catch (IOException | SQLException e) {
            throw new EmbeddedDatabaseException("could not start a fresh embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    /** The database's address without a user, for connecting as {@link #APPLICATION_USER} (a user in the URL would win). */
    public String applicationJdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void createDatabaseIfMissing() throws SQLException {
        createIfMissing("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'",
                "CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
    }

    /** Every start, so a data directory from before V9 gains the role too (roles belong to the server, not the database). */
    private void createApplicationRoleIfMissing() throws SQLException {
        createIfMissing("SELECT 1 FROM pg_roles WHERE rolname = '" + APPLICATION_USER + "'",
                "CREATE ROLE " + APPLICATION_USER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
    }

    private void createIfMissing(String exists, String create) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery(exists)) {
                if (found.next()) {
                    return;
                }
            }
            statement.execute(create);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The checks a newsroom needs before trusting a directory with its record: it exists, can be written, and has room. */
    static final class DataDirectory {
        private static final long MEGABYTE = 1024 * 1024;

        private DataDirectory() {
        }

        static void prepare(Path directory, long minimumFreeBytes) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new EmbeddedDatabaseException("cannot create the data directory " + directory + ": " + e.getMessage(), e);
            }
            if (!Files.isWritable(directory)) {
                throw new EmbeddedDatabaseException("the data directory " + directory + " is not writable", null);
            }
            long free;
            try {
                free = Files.getFileStore(directory).getUsableSpace();
            } catch (IOException e) {
                throw new EmbeddedDatabaseException("cannot tell the free space of the data directory " + directory + ": " + e.getMessage(), e);
            }
            if (free < minimumFreeBytes) {
                throw new EmbeddedDatabaseException("the data directory " + directory + " has " + free / MEGABYTE + " MB free; at least "
                        + (minimumFreeBytes + MEGABYTE - 1) / MEGABYTE + " MB are needed (crosscheck.data-dir.minimum-free-mb)", null);
            }
        }
    }
}
