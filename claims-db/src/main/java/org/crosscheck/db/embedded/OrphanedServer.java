package org.crosscheck.db.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server left running on a data directory by a platform process that was killed (not stopped).
 * It holds the directory, so the next start would fail; it has no clients left, so a smart shutdown is safe.
 */
final class OrphanedServer {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        postmasterOf(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, dataDirectory))
                .ifPresent(process -> stop(process, dataDirectory));
    }

    private static Optional<Long> postmasterOf(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        return process.info().commandLine()
                .map(command -> command.contains("postgres") && command.contains(dataDirectory.toString()))
                .orElse(false);
    }

    private static void stop(ProcessHandle process, Path dataDirectory) {
        System.err.println("crosscheck: stopping a PostgreSQL server (pid " + process.pid() + ") left running on " + dataDirectory);
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while stopping the old server on " + dataDirectory, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EmbeddedDatabaseException("an old PostgreSQL server (pid " + process.pid() + ") still holds "
                    + dataDirectory + "; stop it and start again", e);
        }
    }
}
