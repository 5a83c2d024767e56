package org.crosscheck.core.attribution;

import java.util.List;
import java.util.Set;

/**
 * Where a speaker phrase begins and ends around a reporting cue, and which words between a cue and its content
 * are only circumstance ("said last month", "said on Twitter"). Word-class lists stand in for a parser:
 * bounded scans, no backtracking.
 */
final class PhraseEdges {

    static final int LONGEST_PHRASE = 14;

    private static final Set<String> STOP = Set.of("in", "on", "at", "to", "with", "by", "into", "about", "over", "outside",
            "inside", "near",
            "under", "after", "before", "during", "than", "between", "against", "through", "toward", "towards", "amid",
            "without", "within", "via", "that", "which", "who", "whom", "whose", "as", "when", "while", "because",
            "since", "if", "although", "though", "where", "whereas", "unless", "until", "but", "or", "so", "yet", "nor",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
            "may", "might", "must", "should", "shall", "do", "does", "did", "not", "there", "here", "what", "how", "why",
            "said", "says", "also", "then", "it's", "came", "went", "met");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");
    private static final Set<String> AUXILIARY = Set.of("also", "then", "later", "has", "have", "had", "did", "does",
            "would", "will", "again", "further", "previously", "reportedly", "recently", "once", "too", "meanwhile",
            "however", "subsequently", "first", "earlier", "publicly", "repeatedly", "separately", "quickly",
            "immediately", "swiftly", "today", "yesterday", "already", "always", "consistently", "long", "never", "still",
            "now", "since", "firmly", "strongly", "flatly", "vehemently", "categorically", "openly", "privately", "formally",
            "nevertheless", "nonetheless", "instead", "likewise", "though");
    private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tonight", "week", "month", "year", "weekend", "morning",
            "evening", "night", "afternoon", "later", "earlier", "again", "also", "publicly", "separately", "late", "early");
    private static final Set<String> OCCASION = Set.of("twitter", "statement", "interview", "speech", "conference",
            "briefing", "televised", "remarks");
    private static final Set<String> TIME_LEAD = Set.of("on", "in", "at", "last", "this", "back", "late", "early",
            "a", "an", "the", "during", "news", "press", "joint", "his", "her", "its", "their");
    /** "“…,” Santic said after the vote", "… told a rally outside the port": where or when, not what was said. */
    private static final Set<String> WHERE_OR_WHEN = Set.of("after", "before", "outside", "inside", "near", "amid", "ahead",
            "upon", "later", "afterwards", "when", "while", "as", "from", "to");
    /**
     * Prepositions that open a circumstance, never what was said: "told CNA by telephone", "…, officials said, in the
     * deadliest clash in decades", "…, the ministry said, among them fishermen". What is said is a clause, a quotation
     * or a thing named ("urged restraint"); a cue that takes a preposition carries it in its own words ("called for").
     */
    private static final Set<String> CIRCUMSTANCE_PREPOSITIONS = Set.of("in", "among", "by", "at", "during", "throughout", "over",
            "for", "since", "amid", "despite", "with", "without", "via", "under", "following", "from", "across");
    private static final Set<String> OTHER_CLAUSE = Set.of("as", "while", "when", "after", "before", "because", "since", "where");
    static final Set<String> DETERMINER = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
            "this", "these", "those");
    static final Set<String> SUBORDINATE = Set.of("where", "while", "after", "before", "following", "despite",
            "although", "though", "amid", "as", "when", "which", "who", "because", "since", "in", "but", "it", "he",
            "she", "they", "we", "whereas", "saying", "adding");

    private PhraseEdges() {
    }

    /**
     * Whether word {@code k} opens a phrase of where, when, how or among whom, not a clause of speech ("at least 40
     * MPs had signed" is a clause: "at least" qualifies its figure).
     */
    static boolean opensCircumstance(List<Word> w, int k) {
        Word x = w.get(k);
        return x.kind() == Word.Kind.WORD && CIRCUMSTANCE_PREPOSITIONS.contains(x.lower())
                && !(x.is("at") && k + 1 < w.size() && (w.get(k + 1).is("least") || w.get(k + 1).is("most")));
    }

    static boolean isBe(Word w) {
        return w.kind() == Word.Kind.WORD && BE.contains(w.lower());
    }

    static boolean stops(Word w) {
        return w.kind() == Word.Kind.PUNCT || w.kind() == Word.Kind.QUOTE || STOP.contains(w.lower());
    }

    private static boolean timeWord(Word w) {
        return w.kind() == Word.Kind.WORD && (TIME.contains(w.lower()) || Character.isDigit(w.text().charAt(0)));
    }

    private static boolean occasionWord(Word w) {
        return timeWord(w) || w.kind() == Word.Kind.WORD && OCCASION.contains(w.lower());
    }

    /** Index of the last word of the speaker phrase left of {@code cue}, skipping "also", "on Tuesday", ", meanwhile,". */
    static int skipLeftCircumstance(List<Word> w, int cue) {
        int j = cue - 1;
        while (j >= 0) {
            Word x = w.get(j);
            if (x.kind() == Word.Kind.WORD && AUXILIARY.contains(x.lower())) {
                j--;
            } else if (timeWord(x) && j > 0 && (timeWord(w.get(j - 1)) || TIME_LEAD.contains(w.get(j - 1).lower()))) {
                j--;
                while (j >= 0 && (timeWord(w.get(j)) || w.get(j).is("on") || w.get(j).is("last") || w.get(j).is("this"))) {
                    j--;
                }
            } else if (x.isPunct(',') && j >= 2 && w.get(j - 2).isPunct(',') && w.get(j - 1).kind() == Word.Kind.WORD
                    && AUXILIARY.contains(w.get(j - 1).lower())) {
                j -= 3;
            } else {
                break;
            }
        }
        return j;
    }

    /** Plural nouns for unnamed sources: "Officials in Santiago", "diplomats from both countries". */
    static final Set<String> GROUP_NOUNS = Set.of("officials", "diplomats", "sources", "analysts", "observers",
            "residents", "witnesses", "experts", "critics", "lawmakers", "deputies", "activists", "protesters",
            "authorities", "leaders", "ministers", "negotiators", "investigators", "prosecutors", "rebels", "militants",
            "doctors", "farmers", "workers", "officers", "commanders", "aides", "insiders", "campaigners", "economists",
            "traders", "exporters", "producers", "cooperatives", "growers", "executives", "engineers", "scientists", "researchers",
            "families", "relatives", "survivors", "villagers", "parents", "fishermen", "nurses", "teachers", "rescuers",
            "volunteers", "locals", "voters", "lawyers", "judges", "neighbours", "neighbors", "shopkeepers", "passengers");

    /** Singular nouns for an unnamed source: "a senior official at the central bank". */
    static final Set<String> SOURCE_NOUNS = Set.of("official", "diplomat", "source", "analyst", "resident", "witness",
            "expert", "aide", "adviser", "advisor", "insider", "officer", "negotiator", "member", "spokesman", "spokeswoman",
            "spokesperson");

    /** First index of the noun phrase ending at {@code last}; "A and B" is kept whole when A opens the clause. */
    private static final Set<String> OPENING_POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my");

    private static final Set<String> SOURCE_LINKS = Set.of("in", "at", "for", "of", "from", "on");

    /** A word that can open a noun phrase: a determiner, a possessive pronoun or a capitalised word. */
    static boolean opensNounPhrase(Word x) {
        return x.kind() == Word.Kind.WORD && (DETERMINER.contains(x.lower()) || OPENING_POSSESSIVES.contains(x.lower()) || x.capitalised());
    }

    /**
     * The unnamed source ("spokeswoman", "official") a chain of "for"/"of"/"in" phrases hangs on, left of the link at
     * {@code link}, within the longest phrase; -1 when another word that ends a phrase comes first.
     */
    private static int sourceBefore(List<Word> w, int link, int last) {
        for (int k = link - 1; k >= 0 && last - k < LONGEST_PHRASE; k--) {
            Word x = w.get(k);
            if (SOURCE_NOUNS.contains(x.lower())) {
                return k;
            }
            if (x.kind() != Word.Kind.WORD || stops(x) && !SOURCE_LINKS.contains(x.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** Pronouns that are a whole subject: "the nine years it requested" is requested by "it". */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");

    static int phraseStart(List<Word> w, int last) {
        if (SUBJECT_PRONOUNS.contains(w.get(last).lower())) {
            return last;
        }
        int start = last;
        while (start - 1 >= 0 && last - start < LONGEST_PHRASE) {
            Word prev = w.get(start - 1);
            if ((prev.is("in") || prev.is("at") || prev.is("on") || prev.is("from")) && start - 2 >= 0 && (GROUP_NOUNS.contains(w.get(start - 2).lower())
                    || SOURCE_NOUNS.contains(w.get(start - 2).lower()))) {
                start--;
                continue;
            }
            int source = SOURCE_LINKS.contains(prev.lower()) ? sourceBefore(w, start - 1, last) : -1;
            if (source >= 0) {
                start = source; // "a spokeswoman for the state commission of Upper Austria in Linz": the spokeswoman speaks
                continue;
            }
            if (prev.is("and") && start - 2 >= 0 && !stops(w.get(start - 2))) {
                int left = start - 2;
                while (left - 1 >= 0 && !stops(w.get(left - 1)) && !w.get(left - 1).is("and")) {
                    left--;
                }
                boolean opensClause = left == 0 || w.get(left - 1).kind() != Word.Kind.WORD;
                if (!opensClause) {
                    break;
                }
                start = left;
                break;
            }
            if (stops(prev) || prev.is("and")) {
                break;
            }
            // "a ruling his lawyer immediately said he would challenge": a possessive opens the speaker's phrase
            if (OPENING_POSSESSIVES.contains(w.get(start).lower()) && prev.kind() == Word.Kind.WORD && !prev.capitalised()) {
                break;
            }
            start--;
        }
        return start;
    }

    /**
     * "to double that within a decade": after an infinitive, a "that" followed by a preposition or by punctuation
     * points at something; a clause does not begin there ("said that by June ..." still opens one).
     */
    private static boolean demonstrative(List<Word> w, int at, int end) {
        if (at < 2 || !w.get(at - 2).is("to")) {
            return false;
        }
        Word next = at + 1 < end ? w.get(at + 1) : null;
        return next == null || next.kind() == Word.Kind.PUNCT || AFTER_DEMONSTRATIVE.contains(next.lower());
    }

    private static final Set<String> AFTER_DEMONSTRATIVE = Set.of("within", "by", "before", "after", "until", "over", "from",
            "for", "with", "without", "at", "into", "soon", "again", "too", "now", "as");

    /** Index after the circumstance following a cue: "said last month that" → after "that". */
    static int contentStart(List<Word> w, int afterCue, int end) {
        for (int k = afterCue; k < end && k < afterCue + 9; k++) {
            Word x = w.get(k);
            if (x.is("that") && demonstrative(w, k, end)) {
                break; // "expected to double that within a decade": the object of "double", not a clause to follow
            }
            if (x.is("that")) {
                return k + 1;
            }
            if (x.kind() != Word.Kind.WORD || x.is("but") || x.is("and") || x.is("or") || x.is("while")) {
                break; // "welcomed the plan but warned that ...": that "that" belongs to the next cue
            }
            if (opensObject(w, afterCue, k, end)) {
                break; // "say the speed of that response ...": the content began with the noun, "that" points
            }
        }
        int k = afterCue;
        while (k < end) {
            Word x = w.get(k);
            if (occasionWord(x) || (x.kind() == Word.Kind.WORD && AUXILIARY.contains(x.lower()))) {
                k++;
            } else if (TIME_LEAD.contains(x.lower()) && x.kind() == Word.Kind.WORD && !DETERMINER.contains(x.lower())
                    && k + 1 < end && (occasionWord(w.get(k + 1)) || w.get(k + 1).capitalised()
                    || (DETERMINER.contains(w.get(k + 1).lower()) && k + 2 < end && occasionWord(w.get(k + 2))))) {
                k += DETERMINER.contains(w.get(k + 1).lower()) ? 3 : 2;
            } else if (x.isPunct(':')) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static final Set<String> NOBODY = Set.of("nobody", "no one", "none", "nothing", "neither", "few", "no");

    /** "nobody expected ...", "no official has said ...": a subject that denies anyone said it is no speaker. */
    static boolean nobody(List<Word> w, int start, int last) {
        String first = w.get(start).lower();
        return NOBODY.contains(first) || start < last && NOBODY.contains(first + " " + w.get(start + 1).lower());
    }

    private static final Set<String> SPEECH_NOUNS = Set.of("claim", "claims", "report", "reports", "allegation",
            "allegations", "accusation", "accusations", "charge", "charges", "suggestion", "suggestions", "criticism",
            "call", "calls", "demand", "demands", "statement", "statements", "rumour", "rumours", "rumor", "rumors",
            "assertion", "assertions", "remarks", "comments", "idea", "notion", "speculation", "warnings");

    /** True when the object opening at {@code from} is something said ("Baltic claims", "the allegations"). */
    static boolean namesSpeech(List<Word> w, int from, int to) {
        for (int k = from; k < to && k < from + 4; k++) {
            if (w.get(k).kind() == Word.Kind.WORD && SPEECH_NOUNS.contains(w.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose object is the person told, so that a that-clause may follow it ("warned the council that"). */
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "tell", "warned", "warns", "assured",
            "assures", "reminded", "reminds", "informed", "informs", "promised", "promises", "urged", "urges", "asked",
            "asks", "briefed", "convinced", "persuaded");

    /**
     * A determiner right after the cue (not after a preposition, not before a time word as in "said this week")
     * opens the content's own noun phrase, unless the verb takes a listener.
     */
    private static boolean opensObject(List<Word> w, int afterCue, int k, int end) {
        Word x = w.get(k);
        if (!DETERMINER.contains(x.lower()) || k + 1 < end && occasionWord(w.get(k + 1))) {
            return false;
        }
        Word before = w.get(k - 1);
        return k == afterCue ? !LISTENER_VERBS.contains(before.lower()) : !STOP.contains(before.lower());
    }

    /** True when the words after a cue are only circumstance: the content must lie before the speaker. */
    static boolean onlyCircumstance(List<Word> w, int afterCue, int end) {
        if (afterCue >= end || isEndPunct(w.get(afterCue))) {
            return true;
        }
        Word first = w.get(afterCue);
        if (first.kind() != Word.Kind.WORD) {
            return false;
        }
        for (int k = afterCue; k < end && k < afterCue + 9 && !w.get(k).is("but") && !w.get(k).is("and"); k++) {
            if (w.get(k).is("that")) {
                return false;
            }
            if (k > afterCue && OTHER_CLAUSE.contains(w.get(k).lower())) {
                break; // "said on Thursday as he announced that …": that "that" is the other verb's
            }
            if (k > afterCue && w.get(k).isPunct(',') && k + 1 < end && w.get(k + 1).lower().endsWith("ing")) {
                break; // "said on Monday, adding that …": the participle's
            }
        }
        return occasionWord(first) || opensCircumstance(w, afterCue) || TIME_LEAD.contains(first.lower()) && !DETERMINER.contains(first.lower())
                || AUXILIARY.contains(first.lower()) || first.lower().endsWith("ing") || WHERE_OR_WHEN.contains(first.lower());
    }

    private static final Set<String> NOUN_LIKE = Set.of("claims", "demands", "requests", "appeals", "promises", "reports", "estimates",
            "pledges", "vows", "calls", "warns", "denies", "rejects");
    private static final Set<String> PREPOSITIONS = Set.of("over", "about", "of", "against", "by", "from", "on", "for", "to");

    /** "Baltic claims over the incident": a cue form that is also a plural noun, followed by a preposition. */
    static boolean actsAsNoun(List<Word> w, int cue, int after) {
        return after == cue + 1 && NOUN_LIKE.contains(w.get(cue).lower()) && after < w.size()
                && PREPOSITIONS.contains(w.get(after).lower());
    }

    /** "told reporters", "told a radio station": the listener after the cue is neither content nor circumstance. */
    static int afterListener(List<Word> w, Cue cue, int after) {
        String verb = cue.words().get(0);
        if (!verb.equals("told") && !verb.equals("tells") && !verb.equals("tell")) {
            return after;
        }
        int k = after;
        while (k < w.size() && k < after + 4 && w.get(k).kind() == Word.Kind.WORD && !STOP.contains(w.get(k).lower())
                && !timeWord(w.get(k))) {
            k++;
        }
        return k;
    }

    /** Past a dateline opening the stretch ("JAKARTA -", "LA PAZ, March 3 -"): it is the writer's, not the speaker's. */
    static int afterDateline(List<Word> w, int from, int to) {
        if (from >= to || !allCaps(w.get(from))) {
            return from;
        }
        for (int k = from + 1; k < to && k < from + 8; k++) {
            Word x = w.get(k);
            if (isDash(x)) {
                return k + 1;
            }
            if (x.kind() == Word.Kind.WORD && !x.capitalised() && !Character.isDigit(x.text().charAt(0))) {
                return from;
            }
        }
        return from;
    }

    static boolean isDash(Word w) {
        return w.kind() == Word.Kind.PUNCT && "-–—".indexOf(w.text().charAt(0)) >= 0;
    }

    private static boolean allCaps(Word w) {
        return w.kind() == Word.Kind.WORD && w.text().length() > 1 && w.text().codePoints().filter(Character::isLetter)
                .allMatch(Character::isUpperCase);
    }

    static boolean isEndPunct(Word w) {
        return w.kind() == Word.Kind.PUNCT && ".!?;:".indexOf(w.text().charAt(0)) >= 0;
    }
}
