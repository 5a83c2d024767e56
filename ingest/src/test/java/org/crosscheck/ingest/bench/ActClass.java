package org.crosscheck.ingest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.claim.Predicates;

/**
 * A class of predicate as the shipped lexicon defines it (predicates.tsv): its name, whether who acts is part of
 * the act, and the verbs outlets use for it. Read from the lexicon itself so the generated world follows it.
 */
record ActClass(String name, boolean agentive, List<String> verbs) {

    static List<ActClass> lexicon() {
        List<ActClass> classes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Predicates.class.getResourceAsStream("predicates.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 3) {
                    continue;
                }
                classes.add(new ActClass(cells[0], cells[1].equals("agent"), List.of(cells[2].split(";"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(classes);
    }

    /** Tolls and movements of people are what outlets count. */
    boolean counted() {
        return List.of("kill", "injure", "withdraw", "arrest", "attack").contains(name);
    }
}
