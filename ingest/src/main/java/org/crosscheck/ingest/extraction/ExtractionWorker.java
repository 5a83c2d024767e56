package org.crosscheck.ingest.extraction;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.db.extraction.ExtractionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Extracts who said what from stored documents in the background, one document per transaction, so that ingest
 * stays fast and an article that breaks the analysis is marked with the reason instead of blocking the queue.
 */
@ApplicationScoped
public class ExtractionWorker {

    private static final long IDLE_WAIT_MS = 1000;

    private final ExtractionRepository rows;
    private final DocumentRepository documents;
    private final DocumentExtraction extraction;
    private final boolean enabled;
    private volatile Thread thread;

    ExtractionWorker(ExtractionRepository rows, DocumentRepository documents, DocumentExtraction extraction,
                     @ConfigProperty(name = "crosscheck.extraction.enabled", defaultValue = "true") boolean enabled) {
        this.rows = rows;
        this.documents = documents;
        this.extraction = extraction;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        thread = new Thread(this::run, "extraction-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            running.join(10_000);
        }
    }

    private void run() {
        while (thread != null) {
            try {
                if (!extractNext()) {
                    Thread.sleep(IDLE_WAIT_MS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (thread == null) {
                    return;
                }
                Log.warnf("extraction paused after an error: %s", e.toString());
                try {
                    Thread.sleep(IDLE_WAIT_MS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Extracts the next pending document; false when none is waiting. */
    public boolean extractNext() {
        Long[] claimed = new Long[1];
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = rows.claimPending(1);
                if (ids.isEmpty()) {
                    return false;
                }
                claimed[0] = ids.get(0);
                extraction.extract(documents.findById(ids.get(0)));
                return true;
            });
        } catch (RuntimeException e) {
            if (claimed[0] == null) {
                throw e;
            }
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            Log.warnf("extraction failed for document %d: %s", claimed[0], reason);
            QuarkusTransaction.requiringNew().run(() -> rows.markExtracted(claimed[0], reason.length() > 2000 ? reason.substring(0, 2000) : reason));
            return true;
        }
    }
}
