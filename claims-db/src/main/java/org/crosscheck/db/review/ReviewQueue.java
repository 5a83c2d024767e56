package org.crosscheck.db.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * What needs an editor first: open conflicts, most severe first, then the propositions carried by the most
 * outlets that have no verdict yet. One ordered list, paged, so the keyboard can walk it from top to bottom.
 */
@ApplicationScoped
public class ReviewQueue {

    /** One line of the queue: a conflict or a proposition. */
    public record Item(String type, long id, String kind, String severity, String status, String text, int outlets, int independent,
                       int derivative, String actor) {
        public boolean isConflict() {
            return "conflict".equals(type);
        }
    }

    /** The numbers shown above the queue, for the whole store, whatever the filter. */
    public record Counts(long openHigh, long openMedium, long openLow, long unreviewedPropositions, long drafts, long inReview,
                         long published) {
        public long open() {
            return openHigh + openMedium + openLow;
        }
    }

    /** One page of the queue and whether another follows. */
    public record Page(List<Item> items, boolean more) {
    }

    private static final String SEVERITY_ORDER = "CASE c.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END";

    private final Sql sql;

    ReviewQueue(EntityManager entityManager) {
        this.sql = new Sql(entityManager);
    }

    public Page page(QueueFilter filter, int offset, int size) {
        List<Item> items = new ArrayList<>();
        long conflicts = 0;
        if (filter.showsConflicts()) {
            Clauses where = conflictClauses(filter);
            conflicts = sql.count("SELECT count(*) FROM conflict c" + where.sql(), where.parameters());
            if (offset < conflicts) {
                // The documents of a page's conflicts only, counted after the page is cut (not for every matching conflict).
                items.addAll(sql.list("SELECT c.id, c.kind, c.severity, c.status, c.explanation, (SELECT count(DISTINCT s.document_id) "
                        + "FROM conflict_side s WHERE s.conflict_id = c.id) FROM (SELECT c.* FROM conflict c" + where.sql() + " ORDER BY "
                        + SEVERITY_ORDER + ", c.id DESC OFFSET ? LIMIT ?) c ORDER BY " + SEVERITY_ORDER + ", c.id DESC", r -> new Item("conflict", r.getLong(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getInt(6), 0, 0, null), where.with(offset, size + 1)));
            }
        }
        int wanted = size + 1 - items.size();
        if (filter.showsPropositions() && wanted > 0) {
            Clauses where = propositionClauses(filter);
            long skip = Math.max(0, offset - conflicts);
            items.addAll(sql.list("SELECT p.id, p.kind, p.text, cardinality(p.outlets), p.independent_count, p.derivative_count, e.name, "
                    + "EXISTS (SELECT 1 FROM verdict v WHERE v.proposition_id = p.id) FROM proposition p "
                    + "LEFT JOIN entity e ON e.id = p.actor_entity_id" + where.sql()
                    + " ORDER BY cardinality(p.outlets) DESC, p.independent_count DESC, p.id OFFSET ? LIMIT ?",
                    r -> new Item("proposition", r.getLong(1), r.getString(2), null, r.getBoolean(8) ? "verdict" : "no verdict",
                            r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getString(7)), where.with(skip, wanted)));
        }
        boolean more = items.size() > size;
        return new Page(more ? items.subList(0, size) : items, more);
    }

    public Counts counts() {
        long[] open = new long[3];
        sql.list("SELECT severity, count(*) FROM conflict WHERE status = 'open' GROUP BY severity", r -> {
            int at = switch (r.getString(1)) {
                case "high" -> 0;
                case "medium" -> 1;
                default -> 2;
            };
            open[at] += r.getLong(2);
            return null;
        });
        long[] verdicts = new long[3];
        sql.list("SELECT status, count(*) FROM verdict GROUP BY status", r -> {
            switch (r.getString(1)) {
                case "draft" -> verdicts[0] = r.getLong(2);
                case "in_review" -> verdicts[1] = r.getLong(2);
                case "published" -> verdicts[2] = r.getLong(2);
                default -> { }
            }
            return null;
        });
        long unreviewed = sql.count("SELECT count(*) FROM proposition p WHERE cardinality(p.outlets) > 1 "
                + "AND NOT EXISTS (SELECT 1 FROM verdict v WHERE v.proposition_id = p.id)");
        return new Counts(open[0], open[1], open[2], unreviewed, verdicts[0], verdicts[1], verdicts[2]);
    }

    /** The outlets, by name, for the filter's choices. */
    public List<String> outlets() {
        return sql.list("SELECT name FROM outlet ORDER BY name LIMIT 500", r -> r.getString(1));
    }

    private static Clauses conflictClauses(QueueFilter f) {
        Clauses where = new Clauses();
        where.add(f.conflictStatus() != null, "c.status = ?", f.conflictStatus());
        where.add(f.kind() != null, "c.kind = ?", f.kind());
        where.add(f.outlet() != null, "EXISTS (SELECT 1 FROM conflict_side s JOIN document d ON d.id = s.document_id "
                + "JOIN outlet o ON o.id = d.outlet_id WHERE s.conflict_id = c.id AND o.name = ?)", f.outlet());
        where.add(f.entity() != null, "EXISTS (SELECT 1 FROM conflict_side s JOIN claim m ON m.id = s.claim_id WHERE s.conflict_id = c.id "
                + "AND (m.actor_ids || m.participant_ids || m.place_ids || m.setting_ids) @> ARRAY[?::bigint])", f.entity());
        where.add(f.since() != null, "EXISTS (SELECT 1 FROM conflict_side s JOIN document d ON d.id = s.document_id "
                + "WHERE s.conflict_id = c.id AND d.published_last >= ?)", f.since());
        where.add(f.search() != null, "(fold_text(c.explanation) LIKE '%' || fold_text(?) || '%' OR EXISTS (SELECT 1 FROM conflict_side s "
                + "WHERE s.conflict_id = c.id AND fold_text(s.text) LIKE '%' || fold_text(?) || '%'))", f.search(), f.search());
        return where;
    }

    private static Clauses propositionClauses(QueueFilter f) {
        Clauses where = new Clauses();
        where.add(!QueueFilter.ALL.equals(f.status()), (QueueFilter.WITH_VERDICT.equals(f.status()) ? "" : "NOT ")
                + "EXISTS (SELECT 1 FROM verdict v WHERE v.proposition_id = p.id)");
        where.add(f.kind() != null, "p.kind = ?", f.kind());
        where.add(f.outlet() != null, "p.outlets @> ARRAY[?::text]", f.outlet());
        where.add(f.entity() != null, "p.actor_entity_id = ?", f.entity());
        where.add(f.since() != null, "EXISTS (SELECT 1 FROM document d WHERE d.id = p.first_document_id AND d.published_last >= ?)",
                f.since());
        // Words in any form (stemmed full text) or a fragment of a name or word (trigram index on the folded text).
        where.add(f.search() != null, "(p.search @@ websearch_to_tsquery('english', ?) OR fold_text(p.text) LIKE '%' || fold_text(?) || '%')",
                f.search(), f.search());
        return where;
    }

    /** A WHERE built from the filters that are set, with their parameters in order. */
    private static final class Clauses {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(boolean applies, String condition, Object... values) {
            if (applies) {
                conditions.add(condition);
                parameters.addAll(List.of(values));
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Object[] parameters() {
            return parameters.toArray();
        }

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

}
