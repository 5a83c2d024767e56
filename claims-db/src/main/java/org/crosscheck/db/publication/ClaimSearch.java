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
 * PostgreSQL full-text search finds the candidate mentions through the claim search index: first those with every
 * word; if they do not fill a page, those found through the text's rarest words (see {@link TextCandidates}), where a
 * mention with every word still ranks first. SQL returns each candidate's cover density and whether the text names
 * its proposition's actor by an alias; {@link Ranking} adds trigram similarity and orders them. Candidates are bounded
 * (80 mentions by text, 50 by named actor), so a lookup costs about the same on a million claims as on a thousand.
 */
@ApplicationScoped
public class ClaimSearch {

    /** A page of results with their scores (null when listed newest first) and where the next page starts. */
    public record Page(List<ClaimCard> items, Map<Long, BigDecimal> scores, Position next) {
    }

    static final int MENTIONS_BY_TEXT = 80;
    static final int MENTIONS_BY_ACTOR = 50;

    /** The words of a text as the index has them, its strict query, and the entities it names. */
    private record Terms(List<String> lexemes, String strict, List<Long> named) {
    }

    /**
     * The candidate mentions of a lookup, for propositions that pass the filters: each with its words as indexed (the
     * tsvector as text, from which {@link CoverDensity} computes PostgreSQL's cover density and, for a plain query of
     * words, whether every word is there), whether every word is there by PostgreSQL's reading when the question uses
     * search syntax (phrases, exclusions, "or"), and whether the proposition's actor is named; trigram similarity and
     * the final order are computed in {@link Ranking}.
     */
    private static final String CANDIDATES = "WITH q AS (SELECT ?::tsquery AS strict), "
            + "mention AS ((SELECT x.* FROM unnest(?::text[]) AS t(query) CROSS JOIN LATERAL (SELECT c.proposition_id, c.text, c.search "
            + "FROM claim c WHERE c.search @@ t.query::tsquery AND c.proposition_id IS NOT NULL LIMIT " + MENTIONS_BY_TEXT + ") x LIMIT "
            + MENTIONS_BY_TEXT + ") UNION ALL (SELECT c.proposition_id, c.text, c.search FROM claim c WHERE c.actor_entity_id = ANY (?) "
            + "AND c.proposition_id IS NOT NULL AND ? LIMIT " + MENTIONS_BY_ACTOR + ")) "
            + "SELECT p.id, m.text, m.search::text, CASE WHEN ? THEN m.search @@ q.strict ELSE false END, p.actor_entity_id = ANY (?) "
            + "FROM mention m CROSS JOIN q JOIN proposition p ON p.id = m.proposition_id WHERE %s";

    /** A strict query of plain words ('a' & 'b'), which {@link CoverDensity} can check without PostgreSQL. */
    private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile("'(?:[^']|'')*'(?: & '(?:[^']|'')*')*");
    private static final java.util.regex.Pattern QUOTED_LEXEME = java.util.regex.Pattern.compile("'((?:[^']|'')*)'");

    private final AgroalDataSource database;
    private final LexemeFrequencies frequencies;

    ClaimSearch(AgroalDataSource database, LexemeFrequencies frequencies) {
        this.database = database;
        this.frequencies = frequencies;
    }

    public Page search(ClaimQuery query) {
        return Sql.read(database, sql -> {
            Filters filters = Filters.of(sql, query);
            if (!query.hasText()) {
                return page(sql, query, Mode.NEWEST, newest(sql, filters, query), Map.of());
            }
            Terms terms = terms(sql, query.text());
            Mode mode = query.after() != null ? query.after().mode() : strictMayFill(terms, query) ? Mode.STRICT : Mode.BROAD;
            Map<Long, BigDecimal> ranked = ranked(sql, mode, terms, filters, query);
            if (query.after() == null && mode == Mode.STRICT && ranked.size() < query.limit()) {
                mode = Mode.BROAD;
                ranked = ranked(sql, mode, terms, filters, query);
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

    /**
     * Whether every word together may be common enough to fill a page. A text with a rare word cannot, and going
     * straight to the broad ranking (which ranks mentions with every word first) saves a scan. Search syntax
     * (quotes, exclusions, "or") always gets its strict reading.
     */
    private boolean strictMayFill(Terms terms, ClaimQuery query) {
        if (query.text().contains("\"") || query.text().contains("-") || terms.strict().contains("|") || terms.lexemes().size() < 2) {
            return true;
        }
        LexemeFrequencies.Snapshot shares = frequencies.current();
        double expected = shares.mentions();
        for (String lexeme : terms.lexemes()) {
            expected *= shares.share(lexeme);
        }
        return expected >= query.limit();
    }

    /** One statement for the text's lexemes (as the index stems them), its strict query and the entities it names. */
    private static Terms terms(Sql sql, String text) throws SQLException {
        return sql.one("SELECT tsvector_to_array(to_tsvector('english', ?)), websearch_to_tsquery('english', ?)::text, "
                + "ARRAY(SELECT DISTINCT coalesce(e.merged_into_id, e.id) FROM entity_alias a JOIN entity e ON e.id = a.entity_id "
                + "WHERE a.alias_key = ANY (?::text[]))", row -> new Terms(Sql.texts(row, 1), row.getString(2), Sql.longs(row, 3)),
                text, text, aliasCandidates(text)).orElseThrow();
    }

    private Map<Long, BigDecimal> ranked(Sql sql, Mode mode, Terms terms, Filters filters, ClaimQuery query) throws SQLException {
        List<String> scans = mode == Mode.BROAD ? TextCandidates.broad(terms.lexemes(), frequencies.current(), MENTIONS_BY_TEXT)
                : terms.strict().isEmpty() ? List.of() : List.of(terms.strict());
        boolean plainWords = PLAIN_WORDS.matcher(terms.strict()).matches();
        List<String> strictLexemes = plainWords ? strictLexemes(terms.strict()) : List.of();
        List<Object> parameters = new ArrayList<>();
        parameters.add(terms.strict());
        parameters.add(scans);
        parameters.add(terms.named());
        parameters.add(mode == Mode.BROAD && !terms.named().isEmpty());
        parameters.add(!plainWords);
        parameters.add(terms.named());
        parameters.addAll(filters.parameters());
        Ranking ranking = new Ranking(query.text());
        sql.list(String.format(CANDIDATES, filters.sql()), row -> {
            CoverDensity words = CoverDensity.of(row.getString(3));
            boolean everyWord = plainWords ? !strictLexemes.isEmpty() && words.hasEvery(strictLexemes) : row.getBoolean(4);
            ranking.add(row.getLong(1), row.getString(2), words.anyOf(terms.lexemes()), everyWord, row.getBoolean(5));
            return null;
        }, parameters.toArray());
        return ranking.page(query.after(), query.limit() + 1);
    }

    /** The lexemes of a strict query of plain words: 'nation' & 'pipelin' → nation, pipelin. */
    static List<String> strictLexemes(String strict) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = QUOTED_LEXEME.matcher(strict);
        while (m.find()) {
            out.add(m.group(1).replace("''", "'").replace("\\\\", "\\"));
        }
        return out;
    }

    /** Runs of up to five words: the aliases a text might name an actor by (merged actors answer as their survivor). */
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
