package org.crosscheck.core.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.core.entity.KnowledgeBase;

/** The reporting cues of the knowledge base, indexed by first word; longest cue wins ("called on" over "called"). */
public final class CueLexicon {

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    public CueLexicon(KnowledgeBase kb) {
        for (String[] row : kb.cues()) {
            List<String> words = Arrays.asList(row[2].toLowerCase(Locale.ROOT).split(" "));
            Cue cue = new Cue(words, Stance.valueOf(row[0]), Cue.Grammar.valueOf(row[1].toUpperCase(Locale.ROOT)));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(cue);
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Cue c) -> -c.words().size())));
    }

    /** The longest cue starting at {@code words[at]}, or null. */
    public Cue at(List<Word> words, int at) {
        Word first = words.get(at);
        if (first.kind() != Word.Kind.WORD || at > 0 && first.capitalised()) {
            return null;
        }
        List<Cue> candidates = byFirstWord.get(first.lower());
        if (candidates == null) {
            return null;
        }
        for (Cue cue : candidates) {
            if (matches(cue, words, at)) {
                return cue;
            }
        }
        return null;
    }

    private static boolean matches(Cue cue, List<Word> words, int at) {
        if (at + cue.words().size() > words.size()) {
            return false;
        }
        for (int k = 0; k < cue.words().size(); k++) {
            if (!words.get(at + k).is(cue.words().get(k))) {
                return false;
            }
        }
        return true;
    }
}
