package org.crosscheck.db.publication;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.db.NameKey;

/** The lookup's filters as one SQL condition on the proposition {@code p}, with its parameters in order. */
record Filters(String sql, List<Object> parameters) {

    static Filters of(Sql sql, ClaimQuery query) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (query.entity() != null) {
            // an entity merged into the one asked for counts as that one
            List<Long> entities = sql.list("WITH RECURSIVE e(id) AS (SELECT ?::bigint UNION SELECT x.id FROM entity x JOIN e "
                    + "ON x.merged_into_id = e.id) SELECT id FROM e", row -> row.getLong(1), query.entity());
            conditions.add("(p.actor_entity_id = ANY (?) OR EXISTS (SELECT 1 FROM claim c WHERE c.proposition_id = p.id "
                    + "AND (c.actor_ids || c.participant_ids) && ?::bigint[]))");
            parameters.add(entities);
            parameters.add(entities);
        }
        if (query.outlet() != null) {
            String outlet = sql.one("SELECT name FROM outlet WHERE name_key = ?", row -> row.getString(1), NameKey.of(query.outlet()))
                    .orElseThrow(() -> new UnknownFilter("outlet", "no stored article comes from an outlet named '" + query.outlet() + "'"));
            conditions.add("p.outlets @> ARRAY[?]::text[]");
            parameters.add(outlet);
        }
        if (query.since() != null) {
            conditions.add("EXISTS (SELECT 1 FROM claim c JOIN document d ON d.id = c.document_id WHERE c.proposition_id = p.id "
                    + "AND coalesce(d.published_last, d.retrieved_at::date) >= ?)");
            parameters.add(query.since());
        }
        if (query.rating() != null) {
            conditions.add("EXISTS (" + ClaimCards.PUBLIC_VERDICT + "AND v.status = 'published' AND v.proposition_id = p.id AND r.rating_code = ?)");
            parameters.add(query.rating());
        }
        return new Filters(conditions.isEmpty() ? "true" : String.join(" AND ", conditions), parameters);
    }
}
