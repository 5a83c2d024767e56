package org.crosscheck.web.newsroom;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.crosscheck.web.Newsroom;

/**
 * For each route of the access table, a request that would succeed: real ids in the path, the item in the state the
 * route needs, and a valid body. A route that uses its item up (publish, retract, merge, resolve) gets a fresh one
 * when the visitor is expected to be allowed.
 */
final class RouteCalls {

    /** A request to send: a form, a JSON body, or neither. */
    record Call(String path, Map<String, List<String>> form, Map<String, String> json) {
        static Call get(String path) {
            return new Call(path, Map.of(), null);
        }

        static Call form(String path, String... fields) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i += 2) {
                form.computeIfAbsent(fields[i], k -> new java.util.ArrayList<>()).add(fields[i + 1]);
            }
            return new Call(path, form, null);
        }
    }

    private final Map<String, Function<Boolean, Call>> calls = new HashMap<>();
    private final MatrixNewsroom room;

    RouteCalls(MatrixNewsroom room) {
        this.room = room;
        publicRoutes();
        workspaceRoutes();
        verdictRoutes();
        adminRoutes();
    }

    /** The request for a route; {@code allowed} says whether the visitor should get through (and so use the item up). */
    Call prepare(String route, boolean allowed) {
        Function<Boolean, Call> call = calls.get(route);
        if (call == null) {
            throw new AssertionError("no request written for " + route + ": add one to RouteCalls");
        }
        return call.apply(allowed);
    }

    private void on(String route, Function<Boolean, Call> call) {
        calls.put(route, call);
    }

    private void get(String route, String path) {
        on("GET " + route, allowed -> Call.get(path));
    }

    private static String fresh() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void publicRoutes() {
        get("/", "/");
        get("/sign-in", "/sign-in");
        on("POST /sign-in", allowed -> Call.form("/sign-in", "username", Newsroom.member("matrix-visit").username, "password", Newsroom.PASSWORD));
        on("POST /sign-out", allowed -> Call.form("/sign-out"));
        get("/account/password", "/account/password");
        String replacement = "a new long passphrase " + fresh();
        on("POST /account/password", allowed -> Call.form("/account/password", "current", Newsroom.PASSWORD, "replacement", replacement,
                "repeat", replacement));
        get("/documents", "/documents");
        get("/documents/{id}", "/documents/" + room.document);
        get("/fact-checks", "/fact-checks");
        get("/fact-checks/{slug}", "/fact-checks/" + room.slug);
        get("/feeds/fact-checks.atom", "/feeds/fact-checks.atom");
        get("/provenance/{claim}", "/provenance/" + room.proposition);
        get("/.well-known/crosscheck-provenance-keys", "/.well-known/crosscheck-provenance-keys");
        on("POST /api/articles", allowed -> new Call("/api/articles", Map.of(), Map.of("outlet", "Matrix Wire " + fresh(), "published", "2024-05-02",
                "text", "Harbour workers ended their strike on Tuesday (" + fresh() + ").\n\nThe union said the new contract raised wages.")));
        get("/api/documents/{id}", "/api/documents/" + room.document);
        get("/api/report", "/api/report");
        get("/api/claims", "/api/claims?q=parliament");
        get("/api/claims/{id}", "/api/claims/" + room.proposition);
        get("/api/claims/{id}/provenance", "/api/claims/" + room.proposition + "/provenance");
        get("/api/conflicts", "/api/conflicts");
        get("/api/conflicts/{id}", "/api/conflicts/" + room.conflict);
        get("/api/entities", "/api/entities?q=parliament");
        get("/api/verdicts/{id}", "/api/verdicts/" + room.published);
    }

    private void workspaceRoutes() {
        get("/queue", "/queue");
        get("/activity", "/activity");
        get("/propositions/{id}", "/propositions/" + room.proposition);
        get("/propositions/{id}/verdict", "/propositions/" + room.proposition + "/verdict");
        on("POST /propositions/{id}/verdict", allowed -> verdictForm("/propositions/" + room.proposition + "/verdict",
                "/propositions/" + room.proposition + "/verdict"));
        get("/conflicts/{id}", "/conflicts/" + room.conflict);
        on("POST /conflicts/{id}/confirm", allowed -> Call.form("/conflicts/" + room.conflict(true) + "/confirm",
                "version", "" + room.conflictVersion()));
        on("POST /conflicts/{id}/dismiss", allowed -> Call.form("/conflicts/" + room.conflict(true) + "/dismiss",
                "version", "" + room.conflictVersion(), "reason", "one body under two names"));
        on("POST /conflicts/{id}/reopen", allowed -> Call.form("/conflicts/" + room.conflict(false) + "/reopen",
                "version", "" + room.conflictVersion()));
        get("/conflicts/{id}/verdict", "/conflicts/" + room.resolvedConflict + "/verdict");
        on("POST /conflicts/{id}/verdict", allowed -> {
            long conflict = allowed ? room.unresolvedConflict() : room.resolvedConflict;
            return verdictForm("/conflicts/" + conflict + "/verdict", "/conflicts/" + conflict + "/verdict");
        });
        get("/entities/{id}", "/entities/" + room.entity);
        get("/entities/reruns/{rerun}", "/entities/reruns/" + room.rerun);
        on("POST /entities/{id}/aliases", allowed -> Call.form("/entities/" + room.entity + "/aliases",
                "version", "" + room.entityVersion(), "alias", "matrix name " + fresh()));
        on("POST /entities/{id}/merge/{other}", allowed -> {
            long other = room.splitEntity();
            return Call.form("/entities/" + room.entity + "/merge/" + other, "version", "" + room.entityVersion());
        });
        on("POST /entities/{id}/aliases/{alias}/split", allowed -> {
            long alias = room.alias();
            return Call.form("/entities/" + room.entity + "/aliases/" + alias + "/split", "version", "" + room.entityVersion());
        });
    }

    private void verdictRoutes() {
        get("/verdicts/{id}", "/verdicts/" + room.draft);
        get("/verdicts/{id}/edit", "/verdicts/" + room.draft + "/edit");
        on("POST /verdicts/{id}/edit", allowed -> {
            long draft = room.draft("draft");
            return withVersion(verdictForm("/verdicts/" + draft + "/edit", "/verdicts/" + draft + "/edit"), draft);
        });
        on("POST /verdicts/{id}/submit", allowed -> step(room.draft("draft"), "submit"));
        on("POST /verdicts/{id}/return", allowed -> step(room.draft("in_review"), "return"));
        on("POST /verdicts/{id}/publish", allowed -> step(allowed ? room.verdictInReview() : room.draft, "publish"));
        on("POST /verdicts/{id}/retract", allowed -> {
            long verdict = allowed ? room.publishedVerdict() : room.published;
            return Call.form("/verdicts/" + verdict + "/retract", "version", "" + ReviewFlowTest.version(verdict), "reason", "the vote was annulled");
        });
        get("/verdicts/{id}/correction", "/verdicts/" + room.published + "/correction");
        on("POST /verdicts/{id}/correction", allowed -> {
            Call form = withVersion(verdictForm("/verdicts/" + room.published + "/correction", "/verdicts/" + room.published + "/correction"),
                    room.published);
            form.form().put("correctionNote", List.of("The summary now names the session."));
            return form;
        });
    }

    private void adminRoutes() {
        get("/admin/users", "/admin/users");
        on("POST /admin/users", allowed -> Call.form("/admin/users", "username", "matrix-new-" + fresh(), "displayName", "New Colleague",
                "password", "a first long passphrase", "role", "editor"));
        on("POST /admin/users/{id}/disable", allowed -> Call.form("/admin/users/" + Newsroom.member("matrix-leaver").id + "/disable"));
        on("POST /admin/users/{id}/enable", allowed -> Call.form("/admin/users/" + Newsroom.member("matrix-returner").id + "/enable"));
        get("/admin/api-keys", "/admin/api-keys");
        on("POST /admin/api-keys", allowed -> Call.form("/admin/api-keys", "name", "matrix program " + fresh()));
        on("POST /admin/api-keys/{id}/revoke", allowed -> {
            String name = "matrix revoked " + fresh();
            Newsroom.issueKey(name);
            return Call.form("/admin/api-keys/" + Desk.number("SELECT id FROM api_key WHERE name = '" + name + "'") + "/revoke");
        });
    }

    private Call verdictForm(String formPage, String action) {
        return Call.form(action, "rating", "misattributed", "headline", "Matrix verdict " + fresh(), "summary", "s",
                "evidence", room.evidence(formPage).get(0));
    }

    private static Call withVersion(Call call, long verdict) {
        call.form().put("version", List.of("" + ReviewFlowTest.version(verdict)));
        return call;
    }

    private static Call step(long verdict, String action) {
        return Call.form("/verdicts/" + verdict + "/" + action, "version", "" + ReviewFlowTest.version(verdict));
    }
}
