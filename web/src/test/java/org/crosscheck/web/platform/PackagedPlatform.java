package org.crosscheck.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged platform (target/quarkus-app) run as a separate process, as a newcomer or a service manager runs it:
 * started with a data directory and environment, probed over HTTP, stopped with SIGTERM or killed.
 */
public final class PackagedPlatform {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private final Process process;
    private final int httpPort;
    private final Path log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private PackagedPlatform(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts the app on {@code dataDirectory}; {@code environment} adds to (and may configure) the defaults. */
    public static PackagedPlatform start(Path dataDirectory, Map<String, String> environment, String... arguments) throws IOException {
        int port = freePort();
        Path log = dataDirectory.toAbsolutePath().getParent().resolve("platform-" + port + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(javaExecutable(), "-Dquarkus.http.port=" + port, "-jar", RUNNER.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("CROSSCHECK_DATA_DIR", dataDirectory.toString());
        builder.environment().putAll(environment);
        return new PackagedPlatform(builder.start(), port, log);
    }

    /** Waits until readiness answers 200. */
    public PackagedPlatform awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the platform exited during start-up:%n%s", log()).isTrue();
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("not ready within " + READY_WITHIN + ":\n" + log());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json, String apiKey) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public int port() {
        return httpPort;
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as Ctrl-C or a service manager would; the platform must stop within 30 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the platform stops on SIGTERM").isTrue();
    }

    /** An API key created straight in the database (as an administrator would in the UI), for writes in tests. */
    public static String apiKey(String jdbcUrl) throws Exception {
        String secret = "cck_" + UUID.randomUUID().toString().replace("-", "");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO api_key (name, key_hash, created_by) "
                     + "SELECT 'test key', ?, min(id) FROM app_user")) {
            insert.setString(1, hash);
            insert.executeUpdate();
        }
        return secret;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
