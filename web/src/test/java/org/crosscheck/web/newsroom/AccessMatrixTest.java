package org.crosscheck.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.crosscheck.web.newsroom.AccessTable.Outcome;
import org.crosscheck.web.newsroom.AccessTable.Rule;
import org.crosscheck.web.newsroom.AccessTable.Visitor;
import org.junit.jupiter.api.Test;

/**
 * Every route × every kind of visitor, exactly as docs/reliability.md's access table says; and no route without a
 * rule there. Each request carries the form token and a body that would succeed, so a refusal is the role check's.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AccessMatrixTest {

    /** Routes that sign the visitor in, out, or renew their session: each is sent by a visitor of its own. */
    private static final Set<String> SESSION_CHANGING = Set.of("POST /sign-in", "POST /sign-out", "POST /account/password");
    /** Writes the audit log must show: an allowed one adds a line under the visitor's name. */
    private static final List<String> AUDITED = List.of("/conflicts/", "/verdicts/", "/entities/", "/propositions/", "/admin/");

    @Test
    void everyRouteTheApplicationServesHasAWrittenRule() {
        Set<String> documented = AccessTable.read().rules().stream().map(Rule::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> served = RouteInventory.routes();
        assertThat(served).as("the resource classes were found").hasSizeGreaterThan(40);
        Set<String> unwritten = new TreeSet<>(served);
        unwritten.removeAll(documented);
        Set<String> gone = new TreeSet<>(documented);
        gone.removeAll(served);
        assertThat(unwritten).as("routes without a rule in docs/reliability.md's access table").isEmpty();
        assertThat(gone).as("rules for routes the application does not serve").isEmpty();
    }

    @Test
    void everyVisitorGetsExactlyWhatTheAccessTableSaysOnEveryRoute() {
        AccessTable table = AccessTable.read();
        RouteCalls calls = new RouteCalls(new MatrixNewsroom());
        Map<Visitor, Caller> callers = new EnumMap<>(Visitor.class);
        for (Visitor visitor : Visitor.values()) {
            callers.put(visitor, Caller.of(visitor));
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Rule rule : table.rules()) {
            for (Visitor visitor : Visitor.values()) {
                Outcome expected = rule.outcomes().get(visitor);
                Caller caller = SESSION_CHANGING.contains(rule.key()) ? Caller.of(visitor) : callers.get(visitor);
                RouteCalls.Call call = calls.prepare(rule.key(), expected == Outcome.ALLOWED);
                long auditBefore = Desk.number("SELECT coalesce(max(id), 0) FROM audit_entry");
                Response response = caller.send(rule.method(), call);
                String problem = mismatch(rule, expected, response);
                if (problem == null && rule.method().equals("POST")) {
                    problem = auditMismatch(rule, caller, expected, auditBefore);
                }
                if (problem != null) {
                    wrong.add(rule.key() + " as " + visitor + " (" + call.path() + "): " + problem);
                }
                checked++;
            }
        }
        assertThat(wrong).as("cells that differ from the access table").isEmpty();
        assertThat(checked).isEqualTo(table.rules().size() * Visitor.values().length).isGreaterThan(200);
    }

    private static String mismatch(Rule rule, Outcome expected, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        boolean ok = switch (expected) {
            case ALLOWED -> status == rule.allowedStatus();
            case UNAUTHENTICATED -> status == 401 && String.valueOf(response.getHeader("WWW-Authenticate")).startsWith("Bearer")
                    && response.getContentType().startsWith("application/problem+json");
            case SIGN_IN -> status == 401 && body.contains("action=\"/sign-in\"");
            case FORBIDDEN -> status == 403 && !body.contains("This form was not accepted");
        };
        return ok ? null : "expected " + expected + (expected == Outcome.ALLOWED ? " " + rule.allowedStatus() : "") + ", got " + status
                + " " + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
    }

    /** A refused write leaves no line in the audit log; an allowed editorial one leaves one under the visitor's name. */
    private static String auditMismatch(Rule rule, Caller caller, Outcome expected, long before) {
        String since = "FROM audit_entry WHERE id > " + before + " AND actor NOT IN ('reconciliation', 'system') AND action <> 'ingested'";
        if (expected != Outcome.ALLOWED) {
            List<String> added = Desk.strings("SELECT actor || ' ' || action " + since);
            return added.isEmpty() ? null : "refused, yet the audit log gained " + added;
        }
        if (AUDITED.stream().anyMatch(rule.route()::startsWith) && caller.desk.account != null) {
            List<String> mine = Desk.strings("SELECT action " + since + " AND actor = '" + caller.desk.account.username + "'");
            return mine.isEmpty() ? "allowed, but the change left no line in the audit log" : null;
        }
        return null;
    }

    /** A browser with the form token, signed in with a role or not, and for a program its API key. */
    private record Caller(Desk desk, String apiKey) {
        static Caller of(Visitor visitor) {
            return switch (visitor) {
                case ANONYMOUS -> new Caller(Desk.anonymous(), null);
                case EDITOR -> new Caller(Desk.signedIn("matrix-editor", Role.EDITOR), null);
                case PUBLISHER -> new Caller(Desk.signedIn("matrix-publisher", Role.PUBLISHER), null);
                case ADMIN -> new Caller(Desk.signedIn("matrix-admin", Role.ADMIN), null);
                case API_KEY -> new Caller(Desk.anonymous(), Newsroom.apiKey());
            };
        }

        Response send(String method, RouteCalls.Call call) {
            RequestSpecification request = call.json() != null ? desk.request().contentType(ContentType.JSON).body(call.json())
                    : method.equals("GET") ? desk.request() : desk.form();
            if (apiKey != null) {
                request.header("X-Api-Key", apiKey);
            }
            call.form().forEach((name, values) -> request.formParam(name, values.toArray()));
            return method.equals("GET") ? request.get(call.path()) : request.post(call.path());
        }
    }
}
