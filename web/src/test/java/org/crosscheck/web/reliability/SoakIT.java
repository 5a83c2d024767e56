package org.crosscheck.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.web.platform.PackagedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soak on loopback with wrk (a standard load tool, Debian package `wrk`): mixed reads and writes against the
 * packaged platform for {@code crosscheck.soak.minutes} minutes; zero errors, and the live heap (in use after a full
 * collection) flat between the end of the warm-up and the end. Off by default:
 * {@code ./mvnw -pl web -am verify -Dit.test=SoakIT -Dcrosscheck.soak.minutes=10}.
 */
@EnabledIfSystemProperty(named = "crosscheck.soak.minutes", matches = "[0-9]+")
class SoakIT {

    private static final int HEAP_MB = 384;

    /** The live heap may grow this much after warm-up (caches filling, more stored documents) before it counts as a leak. */
    private static final double FLAT_MEMORY = 1.25;

    @TempDir
    Path work;

    @Test
    void mixedReadsAndWritesForMinutesWithoutErrorsAndWithFlatMemory() throws Exception {
        int minutes = Integer.getInteger("crosscheck.soak.minutes");
        int databasePort = PackagedPlatform.freePort();
        String url = "jdbc:postgresql://localhost:" + databasePort + "/crosscheck";
        // A bounded heap, as in production: a leak then shows as growth to the bound and errors, not as a lazy heap.
        PackagedPlatform platform = PackagedPlatform.start(work.resolve("data"), Map.of("CROSSCHECK_DATABASE_PORT", Integer.toString(databasePort),
                "JAVA_TOOL_OPTIONS", "-Xmx" + HEAP_MB + "m"));
        try {
            platform.awaitReady();
            String key = PackagedPlatform.apiKey(url);
            long[] ids = documentIds(url);
            Path script = Path.of("src/test/resources/soak/mixed.lua").toAbsolutePath();
            String target = "http://localhost:" + platform.port();

            run(List.of("wrk", "-t2", "-c16", "-d30s", "-s", script.toString(), target), key, ids); // warm-up
            long warm = residentKilobytes(platform.process().pid());
            long warmHeap = heapAfterCollection(platform.process().pid());
            String soak = run(List.of("wrk", "-t2", "-c32", "-d" + minutes + "m", "--timeout", "5s", "-s", script.toString(), target), key, ids);
            String backlog = extractionBacklogDrains(url);
            long end = residentKilobytes(platform.process().pid());
            long endHeap = heapAfterCollection(platform.process().pid());

            String figures = soak.lines().filter(l -> l.startsWith("soak:")).reduce("", (a, b) -> a + b + "\n") + backlog
                    + String.format("soak: resident memory after warm-up %d MB, at the end %d MB%n", warm / 1024, end / 1024)
                    + String.format("soak: heap in use after a full collection: after warm-up %d MB, at the end %d MB%n", warmHeap / 1024, endHeap / 1024);
            Files.writeString(Path.of("target", "soak-figures.txt"), figures);
            System.out.print(figures);
            Matcher errors = Pattern.compile("errors connect (\\d+) read (\\d+) write (\\d+) status (\\d+) timeout (\\d+)").matcher(soak);
            assertThat(errors.find()).as(soak).isTrue();
            for (int g = 1; g <= 5; g++) {
                assertThat(Integer.parseInt(errors.group(g))).as("errors in:%n%s", soak).isZero();
            }
            assertThat(soak).doesNotContain("Non-2xx or 3xx responses");
            assertThat(backlog).as("every stored article is extracted without error:%n%s", figures).contains("left 0, failed 0");
            // Resident memory grows while the bounded heap is committed; what a leak grows is the heap still in use after
            // a full collection.
            assertThat((double) endHeap).as("live heap stays flat:%n%s", figures).isLessThanOrEqualTo(warmHeap * FLAT_MEMORY);
        } finally {
            platform.stop();
            Files.writeString(Path.of("target", "soak-platform.log"), platform.log());
        }
    }

    private String run(List<String> command, String key, long[] ids) throws Exception {
        Path log = Files.createTempFile(work, "wrk", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SOAK_KEY", key);
        builder.environment().put("SOAK_FIRST_ID", Long.toString(ids[0]));
        builder.environment().put("SOAK_LAST_ID", Long.toString(ids[1]));
        Process wrk = builder.start();
        assertThat(wrk.waitFor(2, TimeUnit.HOURS)).isTrue();
        String out = Files.readString(log);
        assertThat(wrk.exitValue()).as(out).isZero();
        return out;
    }

    /**
     * Writes are acknowledged before their background extraction: the extraction must keep up, so the articles
     * still waiting when the load stops are done within five minutes, none of them failed.
     */
    private static String extractionBacklogDrains(String url) throws Exception {
        long waiting = 0;
        long failed = 0;
        long stored = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long atStop = -1;
        do {
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                 ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FILTER (WHERE extracted_at IS NULL), "
                         + "count(*) FILTER (WHERE extraction_error IS NOT NULL), count(*) FROM document")) {
                rows.next();
                waiting = rows.getLong(1);
                failed = rows.getLong(2);
                stored = rows.getLong(3);
            }
            atStop = atStop < 0 ? waiting : atStop;
            if (waiting > 0) {
                Thread.sleep(1000);
            }
        } while (waiting > 0 && System.nanoTime() < deadline);
        return String.format("soak: articles stored %d, waiting for extraction when the load stopped %d, left %d, failed %d%n",
                stored, atStop, waiting, failed);
    }

    private static long[] documentIds(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             ResultSet rows = c.createStatement().executeQuery("SELECT min(id), max(id) FROM document")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** Kilobytes of heap in use right after a full collection, read with the JDK's jcmd. */
    private static long heapAfterCollection(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        info.waitFor(60, TimeUnit.SECONDS);
        Matcher used = Pattern.compile("used (\\d+)K").matcher(out);
        assertThat(used.find()).as("jcmd GC.heap_info:%n%s", out).isTrue();
        return Long.parseLong(used.group(1));
    }

    private static long residentKilobytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
