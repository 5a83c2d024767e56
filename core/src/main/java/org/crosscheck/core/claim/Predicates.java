package org.crosscheck.core.claim;

import org.crosscheck.core.text.DataFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classes of predicate (predicates.tsv, shipped as data): "ousted", "the overthrow of" and "toppled" all state
 * an ouster; "backs", "supports" and "sided with" all state backing. Reconciliation compares claims by class, so
 * that two outlets' different verbs for one act can agree, and different acts never do.
 */
public final class Predicates {

    private static final Predicates ENGLISH = load("predicates.tsv");

    private final Map<String, String> byVerb = new HashMap<>();
    private final Map<String, String> byNoun = new HashMap<>();
    private final java.util.Set<String> agentive = new java.util.HashSet<>();

    public static Predicates english() {
        return ENGLISH;
    }

    /** The class of an action lemma ("overthrow", "not support"): negation is kept apart as "not back". */
    public Optional<String> ofAction(String lemma) {
        boolean negated = lemma.startsWith("not ");
        String verb = negated ? lemma.substring(4) : lemma;
        return Optional.ofNullable(byVerb.get(verb)).map(c -> negated ? "not " + c : c);
    }

    /** The class of any word: an event noun, or a verb in any form ("left" → leave → withdraw). */
    public Optional<String> ofWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ofNoun(lower).or(() -> ActionLexicon.english().action(lower, null).flatMap(a -> ofAction(a.lemma())));
    }

    /** The class an event noun names ("ouster" → oust), if any. */
    public Optional<String> ofNoun(String noun) {
        return Optional.ofNullable(byNoun.get(noun.toLowerCase(Locale.ROOT)));
    }

    /** Whether who acts is what makes two mentions of {@code predicateClass} one act ("agent" in predicates.tsv). */
    public boolean isAgentive(String predicateClass) {
        return agentive.contains(predicateClass.startsWith("not ") ? predicateClass.substring(4) : predicateClass);
    }

    private static Predicates load(String resource) {
        Predicates predicates = new Predicates();
        for (String line : DataFile.lines(Predicates.class, resource)) {
            String[] fields = line.split("\t");
            if (fields.length != 4 || !fields[1].equals("agent") && !fields[1].equals("patient")) {
                throw new IllegalStateException(resource + ": expected class, identity (agent or patient), verbs and nouns in: " + line);
            }
            if (fields[1].equals("agent")) {
                predicates.agentive.add(fields[0]);
            }
            for (String verb : fields[2].split(";")) {
                predicates.byVerb.put(verb.strip(), fields[0]);
            }
            for (String noun : fields[3].split(";")) {
                predicates.byNoun.put(noun.strip(), fields[0]);
            }
        }
        return predicates;
    }
}
