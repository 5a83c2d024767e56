package org.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.normalise.Token;

/**
 * Events named by a noun rather than a verb: "the 2011 overthrow of longtime dictator X", "the Egyptian military's
 * 2013 ouster of president Y", "the overthrow, ten years ago, of Z". Such a phrase states that the event happened
 * (and often when), inside a sentence whose main verb says something else, so it is a claim of its own.
 */
final class EventNominals {

    /** A nominal event: tokens [from, to), the event noun at {@code noun}, its "of" complement from {@code object}. */
    record Nominal(int from, int to, int noun, int object) {
    }

    private static final Set<String> BEFORE_EDGE = Set.of("after", "since", "before", "following", "of", "in", "on", "to",
            "with", "by", "for", "and", "or", "that", "which", "is", "was", "has", "have", "had", "over", "amid", "during");
    private static final Set<String> AFTER_EDGE = Set.of("in", "on", "that", "which", "who", "with", "by", "for", "to",
            "after", "before", "since", "while", "but", "as", "when", "amid", "during", "was", "is", "has", "had");
    private static final int MAX_BEFORE = 5;
    private static final int MAX_OBJECT = 12;
    private static final int MAX_ASIDE = 6;

    private final Predicates predicates;

    EventNominals(Predicates predicates) {
        this.predicates = predicates;
    }

    List<Nominal> find(List<Token> tokens) {
        List<Nominal> found = new ArrayList<>();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalised() || predicates.ofNoun(t.lower()).isEmpty()) {
                continue;
            }
            int of = ofAfter(tokens, k + 1);
            if (of < 0) {
                continue;
            }
            int end = objectEnd(tokens, of + 1);
            if (end > of + 1 && hasName(tokens, of + 1, end)) {
                found.add(new Nominal(start(tokens, k), end, k, of + 1));
                k = end - 1;
            }
        }
        return found;
    }

    /** "of" right after the noun, or after a short aside between commas: "the overthrow, ten years ago, of". */
    private static int ofAfter(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).is("of")) {
            return k;
        }
        if (k < tokens.size() && tokens.get(k).is(",")) {
            for (int j = k + 1; j < tokens.size() && j <= k + MAX_ASIDE; j++) {
                if (tokens.get(j).is(",")) {
                    return j + 1 < tokens.size() && tokens.get(j + 1).is("of") ? j + 1 : -1;
                }
            }
        }
        return -1;
    }

    /** Back over determiners, modifiers, a year and a possessor, up to a preposition, verb or punctuation. */
    private static int start(List<Token> tokens, int noun) {
        int from = noun;
        while (from > 0 && noun - from < MAX_BEFORE) {
            Token before = tokens.get(from - 1);
            if (before.kind() == Token.Kind.PUNCT && !before.is("'") && !before.is("’") || BEFORE_EDGE.contains(before.lower())) {
                break;
            }
            from--;
        }
        return from;
    }

    /** The complement runs to punctuation or a clause word; one appositive name after a comma belongs to it. */
    private static int objectEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < MAX_OBJECT) {
            Token t = tokens.get(k);
            int appositive = t.is(",") ? appositiveEnd(tokens, k + 1) : -1;
            if (appositive > 0) {
                return appositive;
            }
            if (t.kind() == Token.Kind.PUNCT && !t.is("-") || AFTER_EDGE.contains(t.lower()) && k > from) {
                break;
            }
            k++;
        }
        return k;
    }

    /** "…, Mohamed Morsi." : a run of at most four capitalised words closed by punctuation or the sentence end. */
    private static int appositiveEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < 4 && tokens.get(k).isCapitalised()) {
            k++;
        }
        boolean closed = k == tokens.size() || tokens.get(k).kind() == Token.Kind.PUNCT;
        return k > from && closed ? k : -1;
    }

    private static boolean hasName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }
}
