package org.crosscheck.web.platform;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.ingest.batch.BatchIngest;
import org.crosscheck.ingest.batch.BatchSummary;

/** {@code ./crosscheck ingest PATH...}: stores article files through the same path as the API, then reports. */
public class IngestCommand implements QuarkusApplication {

    static final String USAGE = """
            usage: ./crosscheck ingest [--threads N] PATH...
              PATH     article files (.txt, .md, .html, .htm) or folders of them; a sidecar NAME.meta.json beside
                       an article gives its url, outlet, published and title
              --threads N   parallel workers (default 2)
            Exit status: 0 when every article was stored or already there, 1 when some were rejected, 2 on bad usage.""";

    private static final long PROGRESS_EVERY_MS = 1000;

    @Inject
    BatchIngest batch;

    @Override
    public int run(String... args) throws Exception {
        List<Path> paths = new ArrayList<>();
        int threads = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                case "--threads" -> {
                    if (i + 1 == args.length || !args[i + 1].matches("[1-9][0-9]?")) {
                        return usageError("--threads needs a number from 1 to 99");
                    }
                    threads = Integer.parseInt(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        return usageError("unknown option '" + args[i] + "'");
                    }
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty()) {
            return usageError("name at least one file or folder");
        }
        List<Path> files;
        try {
            files = BatchIngest.articleFiles(paths);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        long started = System.nanoTime();
        BatchSummary summary = batch.ingest(files, threads, "cli", progressPrinter(files.size()));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("ingested " + files.size() + " files: " + summary);
        System.out.printf("  in %.1f s (%.0f articles/s)%n", seconds, files.size() / Math.max(seconds, 1e-9));
        summary.rejections().forEach(r -> System.out.println("  rejected " + r.file() + ": " + r.reason()));
        return summary.rejections().isEmpty() ? 0 : 1;
    }

    private static java.util.function.Consumer<BatchSummary> progressPrinter(int total) {
        AtomicLong lastPrinted = new AtomicLong(System.currentTimeMillis());
        return summary -> {
            long now = System.currentTimeMillis();
            long last = lastPrinted.get();
            if (now - last >= PROGRESS_EVERY_MS && lastPrinted.compareAndSet(last, now)) {
                System.err.println("  " + summary.processed() + "/" + total + ": " + summary);
            }
        };
    }

    private static int usageError(String reason) {
        System.err.println("crosscheck ingest: " + reason + " (see ./crosscheck ingest --help)");
        return 2;
    }
}
