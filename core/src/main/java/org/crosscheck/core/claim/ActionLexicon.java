package org.crosscheck.core.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = ActionLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lexicon.add(line.trim().split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
