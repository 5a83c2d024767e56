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
    /** Phrasal verbs written around their object ("take … out of service"), by verb: the words after it, and the class. */
    private final Map<String, java.util.List<String[]>> splitVerbs = new HashMap<>();

    public static Predicates english() {
        return ENGLISH;
    }

    /** The class of an action lemma ("overthrow", "not support"): negation is kept apart as "not back". */
    public Optional<String> ofAction(String lemma) {
        boolean negated = lemma.startsWith("not ");
        String verb = negated ? lemma.substring(4) : lemma;
        return Optional.ofNullable(byVerb.get(verb)).map(c -> negated ? "not " + c : c);
    }

    /**
     * The class of an action lemma with the object it governs: "took its four towers out of service" states a
     * shutdown, as "shut down the four towers" does, though "take" alone states nothing classed.
     */
    public Optional<String> ofAction(String lemma, String object) {
        if (!hasSplitForm(lemma)) {
            return ofAction(lemma); // most verbs: no object to read, on a path taken for every claim mention
        }
        return ofSplitAction(lemma, object.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")).or(() -> ofAction(lemma));
    }

    /** Whether the verb has a form written around its object in predicates.tsv ("take … out of service"). */
    public boolean hasSplitForm(String lemma) {
        return splitVerbs.containsKey(lemma);
    }

    /**
     * The class of a verb written around its object when the words after it, in lower case and spaced, complete it
     * ("hold" + "their fire"), else empty.
     */
    public Optional<String> ofSplitAction(String lemma, String after) {
        String padded = " " + after + " ";
        return splitVerbs.getOrDefault(lemma, java.util.List.of()).stream().filter(split -> padded.contains(" " + split[0] + " "))
                .map(split -> split[1]).findFirst();
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

    /** Where the object goes in a phrasal verb written around it, in predicates.tsv: "take … out of service". */
    private static final String SPLIT = "…";

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
                int gap = verb.indexOf(SPLIT);
                if (gap >= 0) {
                    predicates.splitVerbs.computeIfAbsent(verb.substring(0, gap).strip(), v -> new java.util.ArrayList<>())
                            .add(new String[] {verb.substring(gap + SPLIT.length()).strip(), fields[0]});
                } else {
                    predicates.byVerb.put(verb.strip(), fields[0]);
                }
            }
            for (String noun : fields[3].split(";")) {
                predicates.byNoun.put(noun.strip(), fields[0]);
            }
        }
        return predicates;
    }
}
