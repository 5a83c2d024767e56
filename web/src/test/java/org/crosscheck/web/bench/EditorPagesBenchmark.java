package org.crosscheck.web.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookies;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the measurement behind docs/benchmarks.md ("Editor pages"). Fills a fresh database with 100,000
 * propositions (300,000 claim mentions in 20,000 documents of 50 outlets, 2,000 open conflicts) by SQL, then times
 * the queue and proposition pages over loopback. Runs only when asked:
 * {@code ./mvnw -o -q -pl web -am test -Dtest=EditorPagesBenchmark -Dcrosscheck.bench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@EnabledIfSystemProperty(named = "crosscheck.bench", matches = "true")
class EditorPagesBenchmark {

    private static final int PROPOSITIONS = 100_000;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

    @Inject
    AgroalDataSource database;

    @Test
    void queueAndPropositionPagesWith100000Propositions() throws Exception {
        long started = System.nanoTime();
        fill();
        System.out.printf("BENCH filled %,d propositions in %d s%n", PROPOSITIONS, (System.nanoTime() - started) / 1_000_000_000L);
        explain("SELECT count(*) FROM proposition p WHERE cardinality(p.outlets) > 1 AND NOT EXISTS (SELECT 1 FROM verdict v WHERE v.proposition_id = p.id)");
        explain("SELECT p.id FROM proposition p WHERE NOT EXISTS (SELECT 1 FROM verdict v WHERE v.proposition_id = p.id) AND (p.search @@ websearch_to_tsquery('english', 'plan 4242') OR fold_text(p.text) LIKE '%' || fold_text('plan 4242') || '%') ORDER BY cardinality(p.outlets) DESC, p.independent_count DESC, p.id OFFSET 0 LIMIT 51");
        Account editor = Newsroom.member("bench", Role.EDITOR);
        Cookies cookies = RestAssured.given().redirects().follow(false).get("/sign-in").detailedCookies();
        cookies = RestAssured.given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", cookies.getValue("crosscheck-form")).formParam("username", editor.username)
                .formParam("password", Newsroom.PASSWORD).post("/sign-in").detailedCookies();
        Random random = new Random(7);
        measure("queue, first page", cookies, i -> "/queue");
        measure("queue, page 40 (after 2,000 conflicts)", cookies, i -> "/queue?page=40");
        measure("queue, one outlet", cookies, i -> "/queue?outlet=Bench+Outlet+" + (1 + i % 50));
        measure("queue, full-text search", cookies, i -> "/queue?q=" + WORDS[i % WORDS.length]);
        measure("queue, search for a rare phrase", cookies, i -> "/queue?q=plan+" + (1 + random.nextInt(PROPOSITIONS)));
        measure("queue, claim kind and date", cookies, i -> "/queue?kind=EVENT&since=2024-06-01");
        measure("proposition page", cookies, i -> "/propositions/" + (1 + random.nextInt(PROPOSITIONS)));
    }

    private static final String[] WORDS = {"ceasefire", "harbour", "minister", "budget", "flood", "election", "tariff", "bridge"};

    private void measure(String what, Cookies cookies, java.util.function.IntFunction<String> path) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            var response = RestAssured.given().cookies(cookies).get(path.apply(i));
            if (response.statusCode() != 200) {
                throw new AssertionError(what + ": " + response.statusCode());
            }
            if (i >= WARM_UP) {
                times.add(response.timeIn(TimeUnit.MICROSECONDS));
            }
        }
        Collections.sort(times);
        System.out.printf("BENCH %-40s median %5.1f ms  p95 %5.1f ms  max %5.1f ms%n", what, times.get(times.size() / 2) / 1000.0,
                times.get(times.size() * 95 / 100) / 1000.0, times.get(times.size() - 1) / 1000.0);
    }

    private void explain(String sql) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); var rows = s.executeQuery("EXPLAIN ANALYZE " + sql)) {
            while (rows.next()) {
                System.out.println("PLAN " + rows.getString(1));
            }
        }
    }

    private void fill() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO outlet (name, name_key) SELECT 'Bench Outlet ' || g, 'bench outlet ' || g FROM generate_series(1, 50) g");
            s.execute("INSERT INTO document (sha256, content, media_type, outlet_id, title, published_first, published_last, published_precision, "
                    + "extraction_version, extracted_at) SELECT encode(sha256(('bench document ' || g)::bytea), 'hex'), "
                    + "'Bench story ' || g || '. ' || repeat('The minister said the harbour budget would rise after the flood. ', 30), "
                    + "'text/plain', (SELECT id FROM outlet WHERE name = 'Bench Outlet ' || (1 + g % 50)), 'Bench story ' || g, "
                    + "date '2024-01-01' + (g % 365), date '2024-01-01' + (g % 365), 'DAY', 'bench', now() FROM generate_series(1, 20000) g");
            s.execute("INSERT INTO entity (kind, name, key) SELECT 'person', 'Bench Person ' || g, 'person||bench person ' || g "
                    + "FROM generate_series(1, 2000) g");
            s.execute("INSERT INTO proposition (key, text, kind, actor_entity_id, action, independent_count, derivative_count, first_document_id, "
                    + "outlets, reconciliation_version) SELECT 'bench#' || g, 'Bench Person ' || (1 + g % 2000) || ' said the ' "
                    + "|| (ARRAY['ceasefire', 'harbour', 'minister', 'budget', 'flood', 'election', 'tariff', 'bridge'])[1 + g % 8] || ' plan ' || g "
                    + "|| ' would go ahead', (ARRAY['EVENT', 'QUANTITY', 'DATE', 'STANCE', 'STATUS'])[1 + g % 5], "
                    + "(SELECT id FROM entity WHERE key = 'person||bench person ' || (1 + g % 2000)), 'say', 1 + g % 7, g % 3, 1 + g % 20000, "
                    + "ARRAY(SELECT 'Bench Outlet ' || (1 + (g + k * 7) % 50) FROM generate_series(0, g % 6) k), 'bench' "
                    + "FROM generate_series(1, " + PROPOSITIONS + ") g");
            s.execute("INSERT INTO claim (document_id, proposition_id, kind, start_offset, end_offset, text, key, actor_ids) "
                    + "SELECT 1 + (p.id * 3 + k) % 20000, p.id, p.kind, 20 + k * 60, 80 + k * 60, "
                    + "'The minister said the harbour budget would rise', p.key || '/' || k, ARRAY[p.actor_entity_id] "
                    + "FROM proposition p, generate_series(0, 2) k");
            s.execute("INSERT INTO conflict (kind, severity, explanation, key) SELECT (ARRAY['attribution', 'date', 'number'])[1 + g % 3], "
                    + "(ARRAY['high', 'medium', 'low'])[1 + g % 3], 'Bench conflict ' || g || ': two outlets disagree on the ' "
                    + "|| (ARRAY['ceasefire', 'harbour', 'minister', 'budget', 'flood', 'election', 'tariff', 'bridge'])[1 + g % 8], "
                    + "'bench|' || g FROM generate_series(1, 2000) g");
            s.execute("INSERT INTO conflict_side (conflict_id, label, document_id, claim_id, start_offset, end_offset, text) "
                    + "SELECT c.id, 'side ' || k, m.document_id, m.id, m.start_offset, m.end_offset, m.text FROM conflict c, generate_series(0, 1) k, "
                    + "LATERAL (SELECT * FROM claim WHERE id = c.id * 2 + k) m");
            s.execute("VACUUM ANALYZE"); // what autovacuum does soon after a bulk load
        }
    }
}
