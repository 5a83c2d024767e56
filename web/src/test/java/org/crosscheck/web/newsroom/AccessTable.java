package org.crosscheck.web.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The access rules as docs/reliability.md writes them ("Access by route"): for each route, what each kind of visitor
 * gets. The documentation is the rule; the test only reads it.
 */
record AccessTable(List<Rule> rules) {

    static final String SECTION = "## Access by route";

    /** The table's columns after method and route, in order. */
    enum Visitor {
        ANONYMOUS, EDITOR, PUBLISHER, ADMIN, API_KEY
    }

    /** What a visitor gets: the route's own answer, or one of the refusals. */
    enum Outcome {
        ALLOWED, UNAUTHENTICATED, SIGN_IN, FORBIDDEN;

        static Outcome of(String cell) {
            return switch (cell) {
                case "allowed" -> ALLOWED;
                case "401" -> UNAUTHENTICATED;
                case "sign-in" -> SIGN_IN;
                case "403" -> FORBIDDEN;
                default -> throw new IllegalArgumentException("unknown access cell '" + cell + "' (allowed, 401, sign-in or 403)");
            };
        }
    }

    record Rule(String method, String route, Map<Visitor, Outcome> outcomes, int allowedStatus) {
        String key() {
            return method + " " + route;
        }
    }

    static AccessTable read() {
        Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/reliability.md").normalize();
        try {
            return parse(Files.readAllLines(doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the access table in " + doc, e);
        }
    }

    static AccessTable parse(List<String> lines) {
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException("docs/reliability.md has no section '" + SECTION + "'");
        }
        List<Rule> rules = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| GET") && !line.startsWith("| POST") && !line.startsWith("| PUT") && !line.startsWith("| DELETE")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            if (cells.length != 3 + Visitor.values().length) {
                throw new IllegalStateException("an access row needs " + (3 + Visitor.values().length) + " cells: " + line);
            }
            Map<Visitor, Outcome> outcomes = new EnumMap<>(Visitor.class);
            for (Visitor visitor : Visitor.values()) {
                outcomes.put(visitor, Outcome.of(cells[2 + visitor.ordinal()].strip()));
            }
            rules.add(new Rule(cells[0].strip(), cells[1].strip().replace("`", ""), outcomes,
                    Integer.parseInt(cells[cells.length - 1].strip())));
        }
        return new AccessTable(List.copyOf(rules));
    }
}
