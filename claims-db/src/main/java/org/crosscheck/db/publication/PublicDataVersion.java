package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The version of everything public reads show (V8: every committing change takes a new one), as this server knows
 * it. An answer kept under a version may be served while that version is current. The database is asked again when
 * the version was read more than {@code crosscheck.public-data.check-interval} ago (the longest another server's
 * change can stay unseen, plus the time of one read) or at once when this server may have written since (see
 * {@link PossibleWrites}): a change made here is seen by the next read here.
 */
@ApplicationScoped
public class PublicDataVersion {

    /** A version read from the database, with the clock and the count of possible writes before it was read. */
    private record Known(long version, long writesBefore, long readAtNanos) {
    }

    private final AgroalDataSource database;
    private final PossibleWrites writes;
    private final long intervalNanos;
    private volatile Known known = new Known(-1, -1, 0);
    private final AtomicBoolean reading = new AtomicBoolean();

    PublicDataVersion(AgroalDataSource database, PossibleWrites writes,
                      @ConfigProperty(name = "crosscheck.public-data.check-interval", defaultValue = "500ms") Duration interval) {
        this.database = database;
        this.writes = writes;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * The current version. Read it before reading the data to keep: the data is then at least as new as the
     * version, and a later change gives a version that differs.
     */
    public long current() {
        long writesNow = writes.count();
        long now = System.nanoTime();
        Known seen = known;
        if (seen.writesBefore() == writesNow) {
            if (now - seen.readAtNanos() < intervalNanos) {
                return seen.version();
            }
            // only time has passed: one reader asks, the others keep the version it replaces until it has answered
            if (!reading.compareAndSet(false, true)) {
                return seen.version();
            }
            try {
                return read(writesNow, now);
            } finally {
                reading.set(false);
            }
        }
        // this server may have written since: read it now, without waiting for anyone (a slow or absent database
        // then costs each request its own bounded wait for a connection, not a queue behind one lock)
        return read(writesNow, now);
    }

    private long read(long writesBefore, long now) {
        long version = Sql.read(database, sql -> sql.one("SELECT version FROM public_data_version", row -> row.getLong(1)).orElse(0L));
        known = new Known(version, writesBefore, now);
        return version;
    }
}
