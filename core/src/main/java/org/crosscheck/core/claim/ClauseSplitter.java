package org.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.normalise.Token;
import org.crosscheck.core.text.WorkTitles;

/**
 * Cuts a sentence into clause-sized pieces, the size of what a fact-checker underlines: at semicolons, dashes,
 * brackets and double quotes, before a subordinate or coordinate clause that follows a comma ("..., while",
 * "..., where", "..., with"), before "while"/"but", and before a second verb phrase or a second count ("and at least
 * 40 were injured") joined by "and".
 * One pass, constant work per token.
 */
final class ClauseSplitter {

    private static final Set<String> HARD_EDGES = Set.of(";", ":", "\u2014", "\u2013", "(", ")", "[", "]", "\"",
            "\u201c", "\u201d", "\u2026");
    private static final Set<String> AFTER_COMMA = Set.of("while", "but", "where", "whereas", "although", "though",
            "which", "who", "when", "after", "as", "and", "with", "including", "despite", "because", "so", "according",
            "following", "amid", "prompting", "saying", "adding", "in", "even", "before", "since", "among");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");
    private static final Set<String> ALWAYS = Set.of("while", "whereas", "but");
    private static final Set<String> LEADING = Set.of("and", "but", "while", "whereas", "so", "then", "or", ",", ".");
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be", "been",
            "being", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do",
            "also", "not", "n't", "never", "then", "now", "still", "already", "further");

    private final ActionLexicon lexicon;

    ClauseSplitter(ActionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");

    /** A quotation mark around the title of a work ("Still Life with Quinces" was recovered): no clause ends there. */
    static boolean titleQuote(List<Token> tokens, int k) {
        if (!QUOTES.contains(tokens.get(k).text())) {
            return false;
        }
        for (int step : new int[] {1, -1}) {
            List<String> words = new ArrayList<>();
            for (int j = k + step; j >= 0 && j < tokens.size() && words.size() <= WorkTitles.MOST_WORDS + 2; j += step) {
                if (QUOTES.contains(tokens.get(j).text())) {
                    if (step < 0) {
                        java.util.Collections.reverse(words);
                    }
                    if (WorkTitles.isTitle(words)) {
                        return true;
                    }
                    break;
                }
                words.add(tokens.get(j).text());
            }
        }
        return false;
    }

    List<Clause> split(List<Token> tokens) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        boolean shares = false;
        boolean verbSeen = false;
        int antecedent = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (contactClause(tokens, k, start)) {
                add(clauses, tokens, start, k, shares, antecedent);
                antecedent = k - 1;
                start = k;
                shares = false;
                verbSeen = false;
                continue;
            }
            int opened = start;
            if (k > start + 1 && toldListener(tokens, k)) {
                // "Santic told reporters the party would ask ...": what was told starts after the listener
                add(clauses, tokens, start, k, shares, antecedent);
                start = k;
                shares = false;
                verbSeen = false;
            } else if (t.is(",") && verbSeen && k + 1 < tokens.size() && relativeAfterComma(tokens, start) && inflected(tokens, k + 1)) {
                // "X, who visited the area on Tuesday, said that ...": the relative clause ends, the main verb follows
                add(clauses, tokens, start, k, shares, antecedent);
                start = k + 1;
                shares = false;
                verbSeen = false;
            } else if ((HARD_EDGES.contains(t.text()) || spacedHyphen(tokens, k)) && !clockTime(tokens, k) && !titleQuote(tokens, k)) {
                add(clauses, tokens, start, k, shares, antecedent);
                start = k + 1;
                shares = false;
                verbSeen = false;
            } else if (k > start && (t.is(",") && k + 1 < tokens.size() && (AFTER_COMMA.contains(tokens.get(k + 1).lower())
                    || reportingTail(tokens, k + 1) || participleAdjunct(tokens.get(k + 1)) && (verbSeen || finiteBefore(tokens, start, k)))
                    || ALWAYS.contains(t.lower()) && !t.isCapitalised())) {
                add(clauses, tokens, start, k, shares, antecedent);
                start = t.is(",") ? k + 1 : k;
                shares = false;
                verbSeen = false;
            } else if (k > start + 2 && RELATIVES.contains(t.lower()) && inflected(tokens, k + 1)) {
                // "the February earthquakes that killed ...": the relative clause is a claim of its own
                add(clauses, tokens, start, k, shares, antecedent);
                start = k;
                shares = false;
                verbSeen = false;
            } else if (k > start && verbSeen && SUBORDINATORS.contains(t.lower()) && !t.isCapitalised() && finiteClause(tokens, k + 1)) {
                // "... were evacuated after a levee gave way on Monday": the breach is a claim with its own date
                add(clauses, tokens, start, k, shares, antecedent);
                start = k + 1;
                shares = false;
                verbSeen = false;
            } else if (t.is("and") && verbSeen && startsCount(tokens, k + 1)) {
                // "Two people died and at least 40 were injured": each toll is a claim of its own
                add(clauses, tokens, start, k, shares, antecedent);
                start = k;
                shares = false;
                verbSeen = false;
            } else if (t.is("and") && verbSeen && startsVerbPhrase(tokens, k + 1)) {
                add(clauses, tokens, start, k, shares, antecedent);
                start = k;
                shares = true;
                verbSeen = false;
            } else if (isVerb(tokens, k)) {
                verbSeen = true;
            }
            if (start != opened) {
                antecedent = -1;
            }
        }
        add(clauses, tokens, start, tokens.size(), shares, antecedent);
        return clauses;
    }

    /**
     * "ATHENS - At least seven people died": a hyphen with space on both sides is a dash (here a dateline's), unlike
     * the hyphen inside "hot-rolled".
     */
    private static boolean spacedHyphen(List<Token> tokens, int k) {
        return tokens.get(k).is("-") && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).span().end() < tokens.get(k).span().start()
                && tokens.get(k).span().end() < tokens.get(k + 1).span().start();
    }

    /** Words in -ing that open no verb phrase after a comma: ", during the night", ", nothing more". */
    private static final Set<String> NOT_PARTICIPLES = Set.of("during", "regarding", "concerning", "notwithstanding", "morning",
            "evening", "nothing", "something", "anything", "everything", "being");

    /**
     * "The toll has risen to 12, ending a search that lasted three days"; "..., bringing the number of dead to
     * twelve": after a finished clause, a comma and a present participle open what happened next, a claim of its own.
     */
    private static boolean participleAdjunct(Token t) {
        String word = t.lower();
        return !t.isCapitalised() && word.length() > 5 && word.endsWith("ing") && !NOT_PARTICIPLES.contains(word);
    }

    private static final Set<String> TELL = Set.of("told", "tells", "tell", "telling");
    private static final Set<String> LISTENERS = Set.of("reporters", "journalists", "lawmakers", "parliament", "deputies",
            "senators", "supporters", "protesters", "crowds", "residents", "investors", "staff", "workers", "him", "her",
            "them", "us", "me");

    /** Right after "told reporters", "told them": a complement without "that" opens here, unless "that" does it anyway. */
    private static boolean toldListener(List<Token> tokens, int k) {
        return k >= 2 && TELL.contains(tokens.get(k - 2).lower()) && LISTENERS.contains(tokens.get(k - 1).lower())
                && tokens.get(k).isWord() && !NOT_TOLD.contains(tokens.get(k).lower());
    }

    /** After "told reporters": words that go on with the telling, not what was told ("that", "about", "on Monday"). */
    private static final Set<String> NOT_TOLD = Set.of("that", "to", "of", "about", "on", "in", "at");

    /** "9:40 p.m.": a colon between numbers is a time of day, not an edge. */
    private static boolean clockTime(List<Token> tokens, int k) {
        return tokens.get(k).is(":") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).isNumber() && tokens.get(k + 1).isNumber();
    }

    private static final Set<String> FINITE = Set.of("has", "have", "had", "is", "are", "was", "were");

    /** "The toll has risen to 12": a clause with a finite verb the lexicon does not know. Scanned only at such a comma. */
    private static boolean finiteBefore(List<Token> tokens, int start, int k) {
        for (int j = start; j + 1 < k; j++) {
            if (FINITE.contains(tokens.get(j).lower()) && tokens.get(j + 1).isWord() && !tokens.get(j + 1).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those");
    private static final Set<String> CONTACT_SUBJECTS = Set.of("the", "both", "its", "their", "his", "her", "they", "we", "he", "she");
    /** What may follow a verb whose object was written before the clause: a date, a place, the end. */
    private static final Set<String> AFTER_OBJECTLESS_VERB = Set.of("in", "on", "at", "last", "this", "earlier", "with", "under",
            "after", "before", "during", "since", "ago", "years", "together", "jointly");
    private static final int MOST_SUBJECT_WORDS = 4;
    private static final Set<String> NOT_NOUNS = Set.of("and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "as", "than", "which", "who", "whom", "whose", "said", "says");

    /**
     * At {@code k} a contact clause begins: "the agreement | the two governments signed in 2013", "a treaty | that
     * Hungary and Serbia signed". A determined lower-case noun, then (after an optional "that") a subject of at
     * most four words, then an inflected verb with nothing after it that could be its own object.
     */
    private boolean contactClause(List<Token> tokens, int k, int start) {
        if (k - start < 2 || k + 2 >= tokens.size()) {
            return false;
        }
        Token noun = tokens.get(k - 1);
        if (!noun.isWord() || noun.isCapitalised() || NOUN_OPENERS.contains(noun.lower()) || AUXILIARIES.contains(noun.lower())
                || NOT_NOUNS.contains(noun.lower())
                || isVerb(tokens, k - 1) || !NOUN_OPENERS.contains(tokens.get(k - 2).lower()) && (k - 3 < start || !NOUN_OPENERS.contains(tokens.get(k - 3).lower()))) {
            return false;
        }
        int j = tokens.get(k).is("that") ? k + 1 : k;
        Token first = tokens.get(j);
        if (!first.isWord() || !(first.isCapitalised() || CONTACT_SUBJECTS.contains(first.lower()))) {
            return false;
        }
        for (int v = j + 1; v < tokens.size() && v - j <= MOST_SUBJECT_WORDS; v++) {
            Token t = tokens.get(v);
            if (!t.isWord()) {
                return false;
            }
            if (inflected(tokens, v)) {
                Token next = v + 1 < tokens.size() ? tokens.get(v + 1) : null;
                return next == null || !next.isWord() || next.isNumber() || NUMBER_WORDS.contains(next.lower())
                        || AFTER_OBJECTLESS_VERB.contains(next.lower());
            }
        }
        return false;
    }

    /** A clause that opens with "who" or "which" right after a comma: a relative clause set off by commas. */
    static boolean relativeAfterComma(List<Token> tokens, int start) {
        return start > 0 && start < tokens.size() && tokens.get(start - 1).is(",") && (tokens.get(start).is("who") || tokens.get(start).is("which"));
    }

    /** ", Turkish Foreign Minister X said today at ...": a speaker and reporting verb after a comma. */
    private boolean reportingTail(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size() && j - k <= 8; j++) {
            Token t = tokens.get(j);
            if (t.is(",") || HARD_EDGES.contains(t.text())) {
                return false;
            }
            if (j > k && lexicon.action(t.lower(), null).filter(a -> a.verbClass() == ActionLexicon.VerbClass.REPORT).isPresent()
                    && !t.isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /** "and at least 40 were injured", "and 40 were hurt": a figure within three tokens, then a verb soon after. */
    private boolean startsCount(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size() && j - k < 3; j++) {
            Token t = tokens.get(j);
            if (t.isNumber() || NUMBER_WORDS.contains(t.lower())) {
                for (int v = j + 1; v < tokens.size() && v - j <= 4; v++) {
                    // "and five are missing": a form of "be" or "have" is verb enough for a count of its own
                    if (isVerb(tokens, v) || COUNT_AUXILIARIES.contains(tokens.get(v).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> COUNT_AUXILIARIES = Set.of("are", "were", "is", "was", "remain", "remained", "have", "had");

    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "because", "once", "until");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this", "that");

    /**
     * "a levee near the town of X gave way": a determiner, then an inflected verb within eight tokens; or a bare
     * noun and its past-tense verb, "when water poured".
     */
    private boolean finiteClause(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && !DETERMINERS.contains(tokens.get(k).lower())) {
            Token verb = tokens.get(k + 1);
            return verb.isWord() && !verb.isCapitalised() && verb.lower().endsWith("ed") && verb.lower().length() > 4;
        }
        if (k >= tokens.size() || !DETERMINERS.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j - k <= 8; j++) {
            if (tokens.get(j).is(",") || HARD_EDGES.contains(tokens.get(j).text())) {
                return false;
            }
            if (inflected(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "dozens", "hundreds", "thousands", "dozen", "several");

    /**
     * "and called on", "and has stepped up", "and had last been inspected": a verb behind an auxiliary and at most two
     * more auxiliaries or words of when.
     */
    private boolean startsVerbPhrase(List<Token> tokens, int k) {
        if (inflected(tokens, k)) {
            return true;
        }
        if (k >= tokens.size() || !AUXILIARIES.contains(tokens.get(k).lower())) {
            return false;
        }
        int j = k + 1;
        while (j < tokens.size() && j < k + 3 && !isVerb(tokens, j)
                && (AUXILIARIES.contains(tokens.get(j).lower()) || WHEN_ADVERBS.contains(tokens.get(j).lower()))) {
            j++;
        }
        return j < tokens.size() && isVerb(tokens, j);
    }

    /** Words of when between an auxiliary and its verb: "had last been inspected", "was recently approved". */
    private static final Set<String> WHEN_ADVERBS = Set.of("last", "recently", "previously", "since", "once", "first", "twice",
            "repeatedly", "formally", "officially", "finally", "later", "earlier");

    /** "called", "met", "supports", not the bare "prepare" of "to appoint ambassadors and prepare a meeting". */
    private boolean inflected(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
            return false;
        }
        String form = tokens.get(k).lower();
        return lexicon.action(form, k + 1 < tokens.size() ? tokens.get(k + 1).lower() : null)
                .map(a -> !a.lemma().split(" ")[0].equals(form) && !form.endsWith("ing"))
                .orElse(false);
    }

    boolean isVerb(List<Token> tokens, int k) {
        return ClauseReading.verbAt(tokens, k, lexicon).isPresent();
    }

    private static void add(List<Clause> clauses, List<Token> tokens, int from, int to, boolean shares, int antecedent) {
        int a = from;
        int b = to;
        while (a < b && (LEADING.contains(tokens.get(a).lower()) || isPunct(tokens.get(a)))) {
            a++;
        }
        while (b > a && isPunct(tokens.get(b - 1))) {
            b--;
        }
        if (b - a >= 3) {
            clauses.add(new Clause(a, b, shares, antecedent));
        }
    }

    private static boolean isPunct(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.is("'") && !t.is("\u2019");
    }
}
