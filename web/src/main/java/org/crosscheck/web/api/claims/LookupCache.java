package org.crosscheck.web.api.claims;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.crosscheck.db.publication.PublicDataVersion;
import org.crosscheck.web.api.claims.PublicRead.Rendered;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lookup answers kept in memory, ready to send: the same question asked again while the data has not changed is
 * answered without the database. Each answer is kept under the data version read before it was computed (see
 * {@link PublicDataVersion}), and served only while that version is current; when the version moves, everything
 * kept is dropped. Bounded by the bytes of the kept answers ({@code crosscheck.lookup-cache.size}; 0 keeps none).
 */
@ApplicationScoped
public class LookupCache {

    /**
     * Everything an answer depends on: the address its links start with, the normalised text and filters, the page
     * size and the cursor. Two requests with equal keys get the same bytes.
     */
    record Key(String base, String text, Long entity, String outlet, LocalDate since, String rating, int limit, String cursor) {

        int weight() {
            return 64 + 2 * (base.length() + length(text) + length(outlet) + length(rating) + length(cursor));
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    /** Whether an answer came from memory: said in a response header, so load tests can report the hit rate. */
    enum Source { HIT, MISS }

    record Answer(Rendered rendered, Source source) {
    }

    private record Kept(long version, Rendered answer) {
    }

    private final Cache<Key, Kept> kept;
    private final PublicDataVersion versions;
    private final AtomicLong lastVersion = new AtomicLong(Long.MIN_VALUE);
    private final boolean keeping;

    LookupCache(PublicDataVersion versions, @ConfigProperty(name = "crosscheck.lookup-cache.size", defaultValue = "64M") MemorySize size) {
        this.versions = versions;
        this.keeping = size.asLongValue() > 0;
        this.kept = Caffeine.newBuilder().maximumWeight(size.asLongValue())
                .<Key, Kept>weigher((key, value) -> key.weight() + value.answer().body().length).build();
    }

    Answer answer(Key key, Supplier<Rendered> compute) {
        if (!keeping) {
            return new Answer(compute.get(), Source.MISS);
        }
        long version = versions.current();
        long before = lastVersion.getAndSet(version);
        if (before != version && before != Long.MIN_VALUE) {
            kept.invalidateAll(); // kept under an older version: none can be served again
        }
        Kept found = kept.getIfPresent(key);
        if (found != null && found.version() == version) {
            return new Answer(found.answer(), Source.HIT);
        }
        Rendered fresh = compute.get();
        kept.put(key, new Kept(version, fresh));
        return new Answer(fresh, Source.MISS);
    }
}
