package org.crosscheck.web.newsroom;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.crosscheck.db.review.EntityChanges;
import org.crosscheck.ingest.reconcile.StoredReconciliation;

/**
 * Reconciliation rerun after an editor changed who is who, in the background: reloading every stored mention takes
 * seconds on a large store, and the page shows the rerun's progress instead of freezing. One rerun at a time,
 * in order; the last few are remembered for their pages.
 */
@ApplicationScoped
public class ReconciliationReruns {

    /** A rerun as its progress fragment shows it. */
    public record Rerun(String id, long entityId, String what, String stage, boolean done, boolean failed, Instant started) {
        Rerun at(String stage, boolean done, boolean failed) {
            return new Rerun(id, entityId, what, stage, done, failed, started);
        }
    }

    private static final int REMEMBERED = 100;

    private final StoredReconciliation reconciliation;
    private final EntityChanges changes;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reconciliation-rerun");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Rerun> reruns = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rerun> eldest) {
            return size() > REMEMBERED;
        }
    };

    ReconciliationReruns(StoredReconciliation reconciliation, EntityChanges changes) {
        this.reconciliation = reconciliation;
        this.changes = changes;
    }

    /** Starts the rerun for the claims an entity change touched; returns its id for the progress fragment. */
    public String start(long entityId, String what, List<Long> claims) {
        Rerun rerun = new Rerun(UUID.randomUUID().toString(), entityId, what, "waiting for an earlier rerun", false, false, Instant.now());
        update(rerun);
        worker.submit(() -> run(rerun, claims));
        return rerun.id();
    }

    public synchronized Optional<Rerun> find(String id) {
        return Optional.ofNullable(reruns.get(id));
    }

    private void run(Rerun rerun, List<Long> claims) {
        try {
            if (claims.isEmpty()) {
                update(rerun.at("nothing stored named this entity that way: no proposition changes", true, false));
                return;
            }
            update(rerun.at("reloading the stored mentions and regrouping " + claims.size() + " claim mentions", false, false));
            QuarkusTransaction.requiringNew().run(() -> reconciliation.reload(changes.claimsToReconcile(claims)));
            update(rerun.at("propositions and conflicts rewritten for " + claims.size() + " claim mentions", true, false));
        } catch (RuntimeException e) {
            Log.warnf(e, "reconciliation rerun after %s failed", rerun.what());
            update(rerun.at("failed: " + e.getMessage() + ". The entity change is saved, but its propositions were not regrouped.", true, true));
        }
    }

    private synchronized void update(Rerun rerun) {
        reruns.put(rerun.id(), rerun);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
