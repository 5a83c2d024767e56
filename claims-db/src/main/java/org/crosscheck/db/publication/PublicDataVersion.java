package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The version of everything public reads show (V8: every committing change takes a new one), as this server knows
 * it. An answer kept under a version may be served while that version is current. The database is asked again when
 * the version was read more than {@code crosscheck.public-data.check-interval} ago (the most another server's
 * change can stay unseen) or at once when this server may have written since (see {@link PossibleWrites}): a
 * change made here is seen by the next read here.
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
        Known seen = known;
        if (fresh(seen, writes.count(), System.nanoTime())) {
            return seen.version();
        }
        return refresh();
    }

    /** One reader at a time asks the database; those waiting behind it take what it read if that is still fresh. */
    private synchronized long refresh() {
        long writesBefore = writes.count();
        long now = System.nanoTime();
        Known seen = known;
        if (fresh(seen, writesBefore, now)) {
            return seen.version();
        }
        long version = Sql.read(database, sql -> sql.one("SELECT version FROM public_data_version", row -> row.getLong(1)).orElse(0L));
        known = new Known(version, writesBefore, now);
        return version;
    }

    private boolean fresh(Known seen, long writesNow, long now) {
        return seen.writesBefore() == writesNow && now - seen.readAtNanos() < intervalNanos;
    }
}
