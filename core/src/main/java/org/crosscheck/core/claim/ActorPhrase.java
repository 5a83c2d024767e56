package org.crosscheck.core.claim;

import java.util.List;
import java.util.Set;
import org.crosscheck.core.normalise.Token;
import org.crosscheck.core.text.Span;

/**
 * Narrows the words before a verb to the actor's own mention: "The session ... ended as the city's newly elected
 * council voted" → "the city's newly elected council"; "The two towns are trying to merge" → "The two towns";
 * "The last big strike, however, ended" → "The last big strike".
 */
final class ActorPhrase {

    /** Words that open a subordinate clause or phrase: the actor follows the last of them. */
    private static final Set<String> OPENERS = Set.of("after", "before", "when", "as", "since", "because", "while",
            "if", "until", "where", "with", "that", "who", "which", "whereas", "although", "though", "later", "once");
    static final Set<String> INTRODUCERS = Set.of("in", "on", "at", "after", "following", "before", "during", "with",
            "despite", "amid", "later", "today", "meanwhile", "last", "earlier", "since", "under", "for", "from", "to",
            "late", "early", "yesterday", "then", "also", "across", "outside", "inside", "beyond", "throughout", "elsewhere", "along",
            "around", "within");
    private static final Set<String> PARENTHETICAL = Set.of("however", "meanwhile", "therefore", "instead", "moreover",
            "too", "though", "also", "then", "now");
    static final Set<String> TRAILING = Set.of("on", "in", "at", "of", "to", "for", "by", "from", "with", "and",
            "the", "a", "an", "that", ",");
    /** Words ending in -ly that are not adverbs. */
    private static final Set<String> LY_NOUNS = Set.of("assembly", "family", "rally", "supply", "monopoly", "anomaly",
            "reply", "ally", "bully", "homily", "folly", "assemblies");
    private static final int MAX_WORDS = 10;

    private ActorPhrase() {
    }

    /** Token range [from, to) of the actor among tokens [from, verb), possibly empty. */
    static int[] bounds(List<Token> tokens, int from, int verb, SentenceIndex dates) {
        int a = from;
        for (int k = from; k < verb; k++) {
            if (OPENERS.contains(tokens.get(k).lower()) || tokens.get(k).is(",") && introducedBefore(tokens, from, k, dates)) {
                a = k + 1;
            }
        }
        while (a < verb && tokens.get(a).kind() == Token.Kind.PUNCT) {
            a++;
        }
        int b = a;
        while (b < verb && !ClauseSplitter.AUXILIARIES.contains(tokens.get(b).lower()) && !dates.inDate(b)
                && !(tokens.get(b).is(",") && (parenthetical(tokens, b + 1, verb) || appositive(tokens, b + 1, verb)))) {
            b++;
        }
        while (b > a && (TRAILING.contains(tokens.get(b - 1).lower()) || adverb(tokens.get(b - 1)))) {
            b--;
        }
        return b - a > MAX_WORDS ? new int[] {a, headOfLocated(tokens, a, b)} : new int[] {a, b};
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that");
    private static final Set<String> LOCATIVES = Set.of("at", "in", "near", "outside", "on", "along");
    private static final int MAX_HEAD_WORDS = 3;

    /**
     * The end of a long subject's head when it is a thing and where it is ("A holding tank at the Laborchem
     * fertiliser plant in Kamenná Lehota" → "A holding tank"); otherwise the phrase is too long to be one actor,
     * and none is read (the start, an empty range).
     */
    private static int headOfLocated(List<Token> tokens, int a, int b) {
        if (!DETERMINERS.contains(tokens.get(a).lower())) {
            return a;
        }
        for (int k = a + 1; k < b && k <= a + MAX_HEAD_WORDS + 1; k++) {
            Token t = tokens.get(k);
            if (LOCATIVES.contains(t.lower())) {
                return k > a + 1 ? k : a;
            }
            if (!t.isWord() || t.isCapitalised()) {
                return a;
            }
        }
        return a;
    }

    /** "In a resolution passed late Monday, the legislature": a comma closing an introductory phrase or a date. */
    private static boolean introducedBefore(List<Token> tokens, int from, int comma, SentenceIndex dates) {
        Token first = tokens.get(from);
        boolean dated = comma > from && dates.inDate(comma - 1);
        return dated || INTRODUCERS.contains(first.lower()) || first.isWord() && (first.lower().endsWith("ly") || first.lower().endsWith("ing"));
    }

    /** ", however," between actor and verb. */
    private static boolean parenthetical(List<Token> tokens, int k, int verb) {
        return k < verb && PARENTHETICAL.contains(tokens.get(k).lower());
    }

    /** ", based in the port," after the actor: a lower-case phrase set off by a comma describes, it does not name. */
    private static boolean appositive(List<Token> tokens, int k, int verb) {
        return k < verb && tokens.get(k).isWord() && !tokens.get(k).isCapitalised();
    }

    static boolean adverb(Token t) {
        return t.isWord() && !t.isCapitalised() && t.lower().endsWith("ly") && t.text().length() > 4
                && !LY_NOUNS.contains(t.lower());
    }
}
