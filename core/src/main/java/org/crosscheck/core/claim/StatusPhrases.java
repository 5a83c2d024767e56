package org.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.normalise.Token;

/**
 * Standing asserted in passing: "the internationally recognised government", "the legitimate president",
 * "the UN-recognised Transitional Council". Such wording takes a side on who holds power, so it
 * is a claim of its own.
 */
final class StatusPhrases {

    /** A status phrase: tokens [from, to), its status words [statusFrom, statusTo) and head noun at {@code head}. */
    record Phrase(int from, int to, int statusFrom, int statusTo, int head) {
    }

    private static final Set<String> STATUS_WORDS = Set.of("legitimate", "illegitimate", "internationally-recognised",
            "internationally-recognized", "un-recognised", "un-recognized", "un-backed", "un-supported", "interim",
            "self-proclaimed", "self-styled", "elected", "democratically-elected", "transitional", "unelected",
            "exiled", "de-facto", "puppet", "recognised", "recognized", "backed");
    private static final Set<String> STATUS_ADVERBS = Set.of("internationally", "democratically", "officially");
    private static final Set<String> HEADS = Set.of("government", "governments", "president", "authority", "authorities",
            "parliament", "legislature", "administration", "prime", "leader", "council", "executive", "regime", "seats",
            "seat", "cabinet", "assembly", "body");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");

    private StatusPhrases() {
    }

    static List<Phrase> find(List<Token> tokens) {
        List<Phrase> found = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            int statusFrom = k;
            int statusTo = statusWordsEnd(tokens, k);
            int head = statusTo;
            while (head < tokens.size() && head - statusTo < 3 && tokens.get(head).isWord() && !HEADS.contains(tokens.get(head).lower())) {
                head++;
            }
            if (statusTo > statusFrom && head < tokens.size() && HEADS.contains(tokens.get(head).lower())) {
                int from = statusFrom > 0 && (DETERMINERS.contains(tokens.get(statusFrom - 1).lower()) || possessive(tokens.get(statusFrom - 1)))
                        ? statusFrom - 1 : statusFrom;
                int to = ofPhraseEnd(tokens, head + (tokens.get(head).is("prime") ? 2 : 1));
                found.add(new Phrase(from, Math.min(to, tokens.size()), statusFrom, statusTo, head));
                k = Math.max(to, k + 1);
            } else {
                k++;
            }
        }
        return found;
    }

    private static int statusWordsEnd(List<Token> tokens, int k) {
        int j = k;
        if (j < tokens.size() && STATUS_ADVERBS.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j < tokens.size() && isStatusWord(tokens.get(j).lower())) {
            return j + 1;
        }
        return k;
    }

    /** Listed words, and any "X-backed", "X-recognised", "X-supported" compound. */
    private static boolean isStatusWord(String w) {
        return STATUS_WORDS.contains(w) || w.endsWith("-backed") || w.endsWith("-recognised") || w.endsWith("-recognized")
                || w.endsWith("-supported");
    }

    /** "of National Unity", "of the Republic", "of the island nation": names, or "the" and up to three words. */
    private static int ofPhraseEnd(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).is("of")) {
            return k;
        }
        int j = k + 1;
        boolean the = j < tokens.size() && tokens.get(j).is("the");
        if (the) {
            j++;
        }
        int limit = j + (the ? 3 : 4);
        while (j < limit && j < tokens.size() && tokens.get(j).isWord()
                && (tokens.get(j).isCapitalised() || the && !tokens.get(j).lower().endsWith("ed"))) {
            j++;
        }
        return j > k + 1 + (the ? 1 : 0) ? j : k;
    }

    private static boolean possessive(Token t) {
        String w = t.lower();
        return t.isCapitalised() && (w.endsWith("'s") || w.endsWith("\u2019s"));
    }
}
