package org.crosscheck.db.publication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.db.NameKey;
import org.crosscheck.db.publication.ClaimCards.ClaimCard;
import org.crosscheck.db.publication.ClaimQuery.Mode;
import org.crosscheck.db.publication.ClaimQuery.Position;

/**
 * "Has this been checked?": stored propositions ranked by how well any of their mentions matches free text.
 * PostgreSQL full-text search finds the candidates through the claim search index (every word first; if that does
 * not fill a page, any two words, where a mention with every word still ranks first), trigram similarity of the whole
 * wording reranks them, and a proposition whose actor the text names by one of its aliases is lifted. Candidates are bounded (1,000 mentions by text, 200 by
 * named actor), so a query costs the same on a million claims as on a thousand.
 */
@ApplicationScoped
public class ClaimSearch {

    /** A page of results with their scores (null when listed newest first) and where the next page starts. */
    public record Page(List<ClaimCard> items, Map<Long, BigDecimal> scores, Position next) {
    }

    static final int MENTIONS_BY_TEXT = 1000;
    static final int MENTIONS_BY_ACTOR = 200;

    private static final String STRICT = "websearch_to_tsquery('english', ?)";
    /** Any two of the eight longest words (longer words are rarer), or any word when there are fewer than three. */
    private static final String BROAD = "(SELECT coalesce(CASE WHEN count(*) < 3 THEN string_agg(l.quoted, ' | ') ELSE (SELECT string_agg("
            + "a.quoted || ' & ' || b.quoted, ' | ') FROM words a JOIN words b ON a.ord < b.ord) END, '')::tsquery FROM words l)";
    private static final String WORDS = "words AS (SELECT '''' || replace(replace(w.lexeme, '\\', '\\\\'), '''', '''''') || '''' AS quoted, "
            + "w.ord FROM unnest(tsvector_to_array(to_tsvector('english', ?))) WITH ORDINALITY AS w(lexeme, ord) "
            + "ORDER BY length(w.lexeme) DESC, w.ord LIMIT 8), ";

    private final AgroalDataSource database;

    ClaimSearch(AgroalDataSource database) {
        this.database = database;
    }

    public Page search(ClaimQuery query) {
        return Sql.read(database, sql -> {
            Filters filters = Filters.of(sql, query);
            if (!query.hasText()) {
                return page(sql, query, Mode.NEWEST, newest(sql, filters, query), Map.of());
            }
            List<Long> named = namedEntities(sql, query.text());
            Mode mode = query.after() == null ? Mode.STRICT : query.after().mode();
            Map<Long, BigDecimal> ranked = ranked(sql, mode, filters, named, query);
            if (query.after() == null && ranked.size() < query.limit()) {
                mode = Mode.BROAD;
                ranked = ranked(sql, mode, filters, named, query);
            }
            return page(sql, query, mode, new ArrayList<>(ranked.keySet()), ranked);
        });
    }

    private static Page page(Sql sql, ClaimQuery query, Mode mode, List<Long> ids, Map<Long, BigDecimal> scores) throws SQLException {
        boolean more = ids.size() > query.limit();
        List<Long> shown = more ? ids.subList(0, query.limit()) : ids;
        Position next = null;
        if (more) {
            long last = shown.get(shown.size() - 1);
            next = new Position(mode, scores.get(last), last);
        }
        Map<Long, BigDecimal> shownScores = new LinkedHashMap<>();
        shown.forEach(id -> shownScores.put(id, scores.get(id)));
        return new Page(ClaimCards.of(sql, shown), shownScores, next);
    }

    private static List<Long> newest(Sql sql, Filters filters, ClaimQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>(filters.parameters());
        String after = "";
        if (query.after() != null) {
            after = " AND p.id < ?";
            parameters.add(query.after().id());
        }
        parameters.add(query.limit() + 1);
        return sql.list("SELECT p.id FROM proposition p WHERE " + filters.sql() + after + " ORDER BY p.id DESC LIMIT ?",
                row -> row.getLong(1), parameters.toArray());
    }

    private static Map<Long, BigDecimal> ranked(Sql sql, Mode mode, Filters filters, List<Long> named, ClaimQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String head = "WITH " + (mode == Mode.BROAD ? WORDS : "");
        parameters.add(query.text()); // the words, or the strict query
        parameters.add(query.text());
        parameters.add(query.text());
        parameters.add(named);
        parameters.add(mode == Mode.BROAD && !named.isEmpty());
        parameters.add(named);
        parameters.addAll(filters.parameters());
        String after = "";
        if (query.after() != null) {
            after = "WHERE (s.score, s.id) < (?, ?) ";
            parameters.add(query.after().score());
            parameters.add(query.after().id());
        }
        parameters.add(query.limit() + 1);
        String sqlText = head + "q AS (SELECT " + (mode == Mode.BROAD ? BROAD : STRICT) + " AS tsq, " + STRICT + " AS strict, fold_text(?) AS folded), "
                + "mention AS ((SELECT c.proposition_id, c.text, c.search FROM claim c, q WHERE c.search @@ q.tsq "
                + "AND c.proposition_id IS NOT NULL LIMIT " + MENTIONS_BY_TEXT + ") UNION ALL (SELECT c.proposition_id, c.text, c.search "
                + "FROM claim c WHERE c.actor_entity_id = ANY (?) AND c.proposition_id IS NOT NULL AND ? LIMIT " + MENTIONS_BY_ACTOR + ")), "
                + "ranked AS (SELECT m.proposition_id AS id, max(ts_rank_cd(m.search, q.tsq, 32)::float8 * 0.6 "
                + "+ similarity(fold_text(m.text), q.folded)::float8 * 0.4 + CASE WHEN m.search @@ q.strict THEN 1 ELSE 0 END) AS score "
                + "FROM mention m, q GROUP BY m.proposition_id) "
                + "SELECT s.id, s.score FROM (SELECT p.id, round((r.score + CASE WHEN p.actor_entity_id = ANY (?) THEN 0.25 ELSE 0 END)"
                + "::numeric, 6) AS score FROM ranked r JOIN proposition p ON p.id = r.id WHERE " + filters.sql() + ") s "
                + after + "ORDER BY s.score DESC, s.id DESC LIMIT ?";
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        sql.list(sqlText, row -> out.put(row.getLong(1), row.getBigDecimal(2)), parameters.toArray());
        return out;
    }

    /** Entities the text names by one of their aliases (any run of up to five words), merged ones as their survivor. */
    private static List<Long> namedEntities(Sql sql, String text) throws SQLException {
        Set<String> runs = aliasCandidates(text);
        if (runs.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT DISTINCT coalesce(e.merged_into_id, e.id) FROM entity_alias a JOIN entity e ON e.id = a.entity_id "
                + "WHERE a.alias_key = ANY (?)", row -> row.getLong(1), runs);
    }

    static Set<String> aliasCandidates(String text) {
        List<String> words = new ArrayList<>();
        for (String token : NameKey.of(text).split(" ")) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!word.isEmpty() && words.size() < 60) {
                words.add(word);
            }
        }
        Set<String> runs = new LinkedHashSet<>();
        for (int start = 0; start < words.size(); start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start; end < Math.min(words.size(), start + 5); end++) {
                run.append(end > start ? " " : "").append(words.get(end));
                if (run.length() > 2) {
                    runs.add(run.toString());
                }
            }
        }
        return runs;
    }
}
