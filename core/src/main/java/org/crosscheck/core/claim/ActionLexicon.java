package org.crosscheck.core.claim;

import org.crosscheck.core.text.DataFile;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs that make checkable claims (actions.txt, shipped as data): every inflected form maps to its lemma,
 * its class and, for phrasal verbs, the particle that must follow ("called on" → "call on").
 */
final class ActionLexicon {

    enum VerbClass { EVENT, STANCE, STATUS, REPORT }

    record Action(String lemma, VerbClass verbClass, String particle) {
    }

    private static final ActionLexicon ENGLISH = load("actions.txt");

    private final Map<String, Action> byForm = new HashMap<>();

    static ActionLexicon english() {
        return ENGLISH;
    }

    /** The action a word form names, if any; a phrasal verb only counts with its particle next. */
    Optional<Action> action(String form, String nextWord) {
        Action plain = byForm.get(form);
        Action phrasal = nextWord == null ? null : byForm.get(form + " " + nextWord);
        return Optional.ofNullable(phrasal != null ? phrasal : plain);
    }

    private static ActionLexicon load(String resource) {
        ActionLexicon lexicon = new ActionLexicon();
        DataFile.lines(ActionLexicon.class, resource).forEach(line -> lexicon.add(line.trim().split("\\s+")));
        return lexicon;
    }

    private void add(String[] fields) {
        int classAt = 1;
        while (classAt < fields.length && !isClass(fields[classAt])) {
            classAt++;
        }
        String verb = fields[0];
        String particle = classAt > 1 ? fields[1] : null;
        VerbClass verbClass = VerbClass.valueOf(fields[classAt]);
        Action action = new Action(particle == null ? verb : verb + " " + particle, verbClass, particle);
        Set<String> forms = Inflection.regularForms(verb);
        for (int k = classAt + 1; k < fields.length; k++) {
            forms.add(fields[k]);
        }
        for (String form : new LinkedHashSet<>(forms)) {
            for (String spelling : Inflection.spellings(form)) {
                byForm.put(particle == null ? spelling : spelling + " " + particle, action);
            }
        }
    }

    private static boolean isClass(String field) {
        for (VerbClass c : VerbClass.values()) {
            if (c.name().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
