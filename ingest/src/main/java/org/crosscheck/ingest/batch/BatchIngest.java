package org.crosscheck.ingest.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.crosscheck.ingest.article.ReceivedArticle;
import org.crosscheck.ingest.article.RejectedArticle;
import org.crosscheck.ingest.article.SubmissionRules;
import org.crosscheck.ingest.document.DocumentStore;
import org.crosscheck.ingest.document.IngestOutcome;

/**
 * Ingests files and folders. Each article is its own transaction, so a crash mid-run leaves only whole documents,
 * and a rerun stores what is missing (the rest are duplicates by content hash).
 */
@ApplicationScoped
public class BatchIngest {

    private final DocumentStore store;

    BatchIngest(DocumentStore store) {
        this.store = store;
    }

    /** The article files under {@code paths}, in a stable order; a path that does not exist is an error. */
    public static List<Path> articleFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(Files::isRegularFile).filter(ArticleFile::isArticle).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * Articles stored per transaction: enough to spread the fixed cost of a transaction, few enough that a batch
     * falling back to one-by-one (on a concurrent duplicate) costs little.
     */
    static final int ARTICLES_PER_TRANSACTION = 16;

    /** Ingests {@code files} on {@code threads} workers; {@code progress} hears after each group of files. */
    public BatchSummary ingest(List<Path> files, int threads, String actor, Consumer<BatchSummary> progress) throws InterruptedException {
        BatchSummary summary = new BatchSummary();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (int from = 0; from < files.size(); from += ARTICLES_PER_TRANSACTION) {
                List<Path> group = files.subList(from, Math.min(files.size(), from + ARTICLES_PER_TRANSACTION));
                workers.submit(() -> {
                    ingestGroup(group, actor, summary);
                    progress.accept(summary);
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        }
        return summary;
    }

    /** Reads each file of the group (rejecting those that cannot be articles), then stores the rest together. */
    private void ingestGroup(List<Path> group, String actor, BatchSummary summary) {
        List<ReceivedArticle> readable = new ArrayList<>();
        List<Path> readableFiles = new ArrayList<>();
        for (Path file : group) {
            try {
                readable.add(read(file));
                readableFiles.add(file);
            } catch (RejectedArticle rejected) {
                summary.rejected(file, (rejected.field() == null ? "" : rejected.field() + ": ") + rejected.getMessage());
            } catch (IOException e) {
                summary.rejected(file, "cannot read: " + e.getMessage());
            }
        }
        try {
            for (DocumentStore.Stored stored : store.storeAll(readable, actor)) {
                if (stored.rejected() != null) {
                    RejectedArticle rejected = stored.rejected();
                    summary.rejected(readableFiles.get(stored.index()), (rejected.field() == null ? "" : rejected.field() + ": ") + rejected.getMessage());
                } else {
                    summary.stored(stored.outcome().created(), stored.outcome().syndicatedFrom() != null);
                }
            }
        } catch (RuntimeException e) {
            readableFiles.forEach(file -> summary.rejected(file, "failed: " + e));
        }
    }

    private static ReceivedArticle read(Path file) throws IOException {
        ArticleFile article = new ArticleFile(file);
        if (!ArticleFile.isArticle(file)) {
            throw RejectedArticle.invalid("file", "not an article file (.txt, .md, .html, .htm)");
        }
        return SubmissionRules.check(article.read(), article.mediaType()).fromFile(file.getFileName().toString());
    }
}
