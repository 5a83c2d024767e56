package org.crosscheck.db.publication;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the pool connections this server gave back after using them for anything but a public read: each may have
 * committed a change (an ingest, an extraction, a published verdict, a merge), so the next public read asks the
 * database for its data version instead of trusting the one it last read. A connection goes back to the pool only
 * after its work committed or rolled back, so the count rises after a change is visible, before the request that
 * made it is answered.
 */
@ApplicationScoped
public class PossibleWrites implements AgroalPoolInterceptor {

    /** Set while a public read holds its connection: those only read, and must not count. */
    private static final ThreadLocal<Boolean> PUBLIC_READ = new ThreadLocal<>();

    private final AtomicLong returned = new AtomicLong();

    @Override
    public void onConnectionReturn(Connection connection) {
        if (PUBLIC_READ.get() == null) {
            returned.incrementAndGet();
        }
    }

    /** How many connections may have written since this server started. */
    public long count() {
        return returned.get();
    }

    static void startPublicRead() {
        PUBLIC_READ.set(Boolean.TRUE);
    }

    static void endPublicRead() {
        PUBLIC_READ.remove();
    }
}
