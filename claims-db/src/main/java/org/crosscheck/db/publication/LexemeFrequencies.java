package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How common each word of the claim search index is, from the statistics PostgreSQL's ANALYZE keeps anyway (the
 * most common lexemes of claim.search and their share of rows). A word missing there is rarer than the rarest one
 * listed. Read at most every ten minutes: the lookup must know which words are cheap and telling to search by
 * without asking for every query.
 */
@ApplicationScoped
public class LexemeFrequencies {

    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    /** Shares of rows by lexeme, and the share assumed for a lexeme not listed. */
    public record Snapshot(Map<String, Double> shares, double unlisted, double mentions, Instant read) {

        public double share(String lexeme) {
            return shares.getOrDefault(lexeme, unlisted);
        }
    }

    private final AgroalDataSource database;
    private volatile Snapshot current;

    LexemeFrequencies(AgroalDataSource database) {
        this.database = database;
    }

    public Snapshot current() {
        Snapshot known = current;
        if (known == null || known.read().plus(FRESH_FOR).isBefore(Instant.now())) {
            known = read();
            current = known;
        }
        return known;
    }

    private Snapshot read() {
        Map<String, Double> shares = new HashMap<>();
        double[] least = {1.0};
        Sql.read(database, sql -> sql.list("SELECT e.lexeme, e.share FROM pg_stats s, unnest(s.most_common_elems::text::text[], "
                + "s.most_common_elem_freqs[1:cardinality(s.most_common_elems::text::text[])]) AS e(lexeme, share) "
                + "WHERE s.schemaname = current_schema() AND s.tablename = 'claim' AND s.attname = 'search'", row -> {
                    double share = row.getDouble(2);
                    shares.put(row.getString(1), share);
                    least[0] = Math.min(least[0], share);
                    return null;
                }));
        double mentions = Sql.read(database, sql -> sql.one("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'claim'::regclass",
                row -> row.getDouble(1)).orElse(0.0));
        // before the first ANALYZE nothing is known: every word counts as rare, which is right for a small store
        return new Snapshot(Map.copyOf(shares), shares.isEmpty() ? 0.0001 : least[0] / 2, mentions, Instant.now());
    }
}
