package org.crosscheck.core.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.claim.ActionLexicon.Action;
import org.crosscheck.core.claim.ActionLexicon.VerbClass;
import org.crosscheck.core.normalise.CalendarWords;
import org.crosscheck.core.normalise.NumberWords;
import org.crosscheck.core.normalise.Token;
import org.crosscheck.core.text.Span;

/**
 * Who did what to what in one clause: the main action verb, the actor before it and the object after it.
 * A reporting verb gives way to the verb of what was reported ("the council said the two towns should
 * work together" is about working together). Passives take their actor from the by-phrase.
 */
record ClauseReading(Action action, int verb, int actorFrom, int actorTo, int objectFrom, int objectTo, boolean negated,
                     Modality modality, boolean reportOnly) {

    private static final Set<String> NOT_BEFORE_VERB = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "of", "in", "on", "for", "from", "with", "after", "about", "by", "this", "these", "those", "new",
            "no", "any", "each", "every", "such", "official", "phone", "prison", "jail", "former");
    /** "Pawelczyk, head of the federation": these words before "of" name a post, not an act. */
    private static final Set<String> POSTS_BEFORE_OF = Set.of("head", "chair");
    /** "back in March", "head to": the verb reading of these words needs an object, not a preposition. */
    private static final Set<String> NOT_AFTER_BARE_VERB = Set.of("in", "to", "then", "from", "at", "when", "into", "for");
    /** Words that open a clause of when or why after a by-phrase's agent (lower case: "After" may begin a name). */
    private static final Set<String> AGENT_ENDS = Set.of("after", "before", "when", "because", "while", "as", "since", "following",
            "amid", "until", "once");
    /** Forms of "be": before a participle, a passive. */
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final int MAX_OBJECT = 10;

    Optional<Span> actorSpan(List<Token> tokens) {
        return actorTo > actorFrom ? Optional.of(span(tokens, actorFrom, actorTo)) : Optional.empty();
    }

    String objectText(String text, List<Token> tokens) {
        return objectTo > objectFrom ? span(tokens, objectFrom, objectTo).of(text) : "";
    }

    /**
     * "The dam had held a permit and had last been inspected in November 2024": a passive with no subject, object or
     * by-phrase of its own, whose shared subject is what it was done to.
     */
    boolean passiveOfSharedSubject(List<Token> tokens, Clause clause) {
        if (!clause.sharesSubject() || actorTo > actorFrom || objectTo > objectFrom || !participle(tokens.get(verb), action)) {
            return false;
        }
        for (int k = clause.from(); k < verb; k++) {
            if (BE.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    static Optional<ClauseReading> read(List<Token> tokens, Clause clause, ActionLexicon lexicon, SentenceIndex dates) {
        int first = -1;
        int content = -1;
        int asideComma = -1;
        for (int k = searchStart(tokens, clause, lexicon); k < clause.to(); k++) {
            Optional<Action> a = verbAt(tokens, k, lexicon);
            if (a.isEmpty()) {
                continue;
            }
            int afterAside = first < 0 ? afterParticipleAside(tokens, clause, k, lexicon) : -1;
            if (afterAside > 0) {
                asideComma = k - 1;
                k = afterAside - 1; // "The earth dam, built in 2011 to irrigate farms, held …": the aside describes the subject
                continue;
            }
            if (first < 0) {
                first = k;
            } else if (verbAt(tokens, first, lexicon).get().verbClass() == VerbClass.REPORT && a.get().verbClass() != VerbClass.REPORT) {
                content = k;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int verb = content >= 0 ? content : first;
        Action action = verbAt(tokens, verb, lexicon).get();
        int actorStart = content >= 0 ? first + 1 : clause.from();
        int actorEnd = content < 0 && asideComma > actorStart ? asideComma : verb;
        ClauseReading reading = build(tokens, clause, action, verb, actorStart, actorEnd, dates, content < 0 && action.verbClass() == VerbClass.REPORT);
        return Optional.of(reading.decidedAct(tokens, clause, lexicon, dates));
    }

    private static final int LONGEST_ASIDE = 16;

    /** The participle aside the verb follows ("…, built in 2011 to irrigate farms,"), if it follows one. */
    Optional<Span> participleAside(List<Token> tokens, Clause clause, ActionLexicon lexicon) {
        for (int k = clause.from() + 1; k < verb; k++) {
            if (tokens.get(k).is(",") && afterParticipleAside(tokens, clause, k + 1, lexicon) == verb) {
                return Optional.of(new Span(tokens.get(k).span().start(), tokens.get(verb).span().start()));
            }
        }
        return Optional.empty();
    }

    /**
     * "The privately owned earth dam, built in 2011 to irrigate flower farms, held about 5.3 million cubic metres": a
     * participle opening an aside between commas after the subject says what the subject is; the clause's verb comes
     * right after the aside closes. Where the verb after it starts, or -1 when {@code k} opens no such aside.
     */
    private static int afterParticipleAside(List<Token> tokens, Clause clause, int k, ActionLexicon lexicon) {
        if (k < clause.from() + 2 || !tokens.get(k - 1).is(",") || tokens.get(k).isCapitalised()) {
            return -1;
        }
        for (int j = k + 1; j + 1 < clause.to() && j - k <= LONGEST_ASIDE; j++) {
            if (tokens.get(j).is(",")) {
                return verbAt(tokens, j + 1, lexicon).isPresent() ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** Verbs whose claim is the act decided on: "the assembly voted late on Monday to declare an emergency" declares. */
    private static final Set<String> DECIDING = Set.of("vote", "decide", "resolve");
    private static final int MOST_BEFORE_DECIDED = 8;

    /**
     * The same reading with the decided act as its verb: same actor, the infinitive's verb and object. A vote is the
     * way a body acts, so two outlets writing "voted to declare" and "declared" state one act.
     */
    private ClauseReading decidedAct(List<Token> tokens, Clause clause, ActionLexicon lexicon, SentenceIndex dates) {
        if (!DECIDING.contains(action.lemma()) || reportOnly) {
            return this;
        }
        int from = verb + 1;
        for (int k = from; k + 1 < clause.to() && k - from < MOST_BEFORE_DECIDED; k++) {
            if (tokens.get(k).is(",")) {
                return this;
            }
            Optional<Action> decided = tokens.get(k).is("to") ? verbAt(tokens, k + 1, lexicon) : Optional.empty();
            if (decided.isPresent() && decided.get().verbClass() != VerbClass.REPORT) {
                int afterVerb = k + 1 + (decided.get().particle() == null ? 1 : 2);
                return new ClauseReading(decided.get(), k + 1, actorFrom, actorTo, afterVerb, objectEnd(tokens, afterVerb, clause.to(), dates),
                        negated, modality, false);
            }
        }
        return this;
    }

    /**
     * After an introductory phrase ("In a resolution passed late Monday, ...") the main verb comes after the last
     * comma that still has a verb behind it. Read from the right, so one pass.
     */
    private static int searchStart(List<Token> tokens, Clause clause, ActionLexicon lexicon) {
        if (!ActorPhrase.INTRODUCERS.contains(tokens.get(clause.from()).lower())) {
            return clause.from();
        }
        boolean verbAfter = false;
        for (int k = clause.to() - 1; k >= clause.from(); k--) {
            if (tokens.get(k).is(",") && verbAfter) {
                return k + 1;
            }
            verbAfter |= verbAt(tokens, k, lexicon).isPresent();
        }
        return clause.from();
    }

    /** @param actorEnd where the actor may end: the verb, or the comma of an aside between the actor and the verb */
    private static ClauseReading build(List<Token> tokens, Clause clause, Action action, int verb, int actorStart, int actorEnd,
                                       SentenceIndex dates, boolean reportOnly) {
        int afterVerb = verb + (action.particle() == null ? 1 : 2);
        int[] actor = ActorPhrase.bounds(tokens, actorStart, actorEnd, dates);
        boolean negated = false;
        boolean passive = false;
        Modality modality = Modality.ASSERTED;
        boolean commaAfterNegation = false;
        // what the aside says of the subject ("…, not yet finished, …") neither denies nor hedges the act
        for (int k = actorEnd < verb ? verb : actor[1]; k < verb; k++) {
            String word = tokens.get(k).lower();
            Modality signalled = Modality.signalledBy(word);
            modality = signalled != null && modality == Modality.ASSERTED ? signalled : modality;
            // "a canvas not much bigger than a page, was recovered": a negation the subject's aside carries ends at its
            // comma when the verb brings its own auxiliary; "did not, however, sign" keeps it
            if (commaAfterNegation && (BE.contains(word) || AUXILIARIES.contains(word))) {
                negated = false;
            }
            commaAfterNegation = negated && (commaAfterNegation || word.equals(","));
            if (NEGATIONS.contains(word)) {
                negated = true;
                commaAfterNegation = false;
            }
            passive |= BE.contains(word);
        }
        int objectTo = objectEnd(tokens, afterVerb, clause.to(), dates);
        int by = agentBy(tokens, afterVerb, clause.to(), dates);
        // "An inquiry ordered by the maritime ministry": a regular participle right after its subject, with a by-phrase
        // that names someone, is a passive as surely as "was ordered by"
        boolean reducedPassive = !passive && actor[1] == verb && actor[1] > actor[0] && tokens.get(verb).lower().endsWith("ed")
                && participle(tokens.get(verb), action);
        if ((passive || reducedPassive) && by >= 0) {
            int agentTo = objectEnd(tokens, by + 1, clause.to(), dates);
            for (int k = by + 1; k < agentTo; k++) {
                // "An inquiry ordered by the ministry | is examining ...": the sentence's own verb ends who acted, as
                // does a clause of when or why ("ordered by the commission after the party complained that …")
                if (AUXILIARIES.contains(tokens.get(k).lower()) || AGENT_ENDS.contains(tokens.get(k).text())) {
                    agentTo = k;
                    break;
                }
            }
            return new ClauseReading(action, verb, by + 1, agentTo, actor[0], actor[1], negated, modality, reportOnly);
        }
        if (passive && participle(tokens.get(verb), action) && actor[1] > actor[0]) {
            // "Parvulescu was jailed for five years": with nobody saying who did it, the subject is what it was done to
            return new ClauseReading(action, verb, verb, verb, actor[0], actor[1], negated, modality, reportOnly);
        }
        if (objectTo <= afterVerb && clause.antecedent() >= 0) {
            // "the agreement the two governments signed in 2013": what was signed is the noun before the clause
            return new ClauseReading(action, verb, actor[0], actor[1], clause.antecedent(), clause.antecedent() + 1, negated, modality, reportOnly);
        }
        return new ClauseReading(action, verb, actor[0], actor[1], afterVerb, objectTo, negated, modality, reportOnly);
    }

    /** Words that may stand between a passive verb and its by-phrase: when ("was ordered on Tuesday by the prosecutor"). */
    private static final Set<String> TIME_WORDS = Set.of("on", "in", "at", "late", "early", "last", "this", "yesterday", "today");
    /** How many words of when may stand between a passive verb and its by-phrase. */
    private static final int MOST_BEFORE_AGENT = 6;

    /**
     * Where the by-phrase naming who acted starts, right after the verb or after when it happened; -1 when there is
     * none, or when "by" measures rather than names ("increased by 5%", "won by two goals").
     */
    private static int agentBy(List<Token> tokens, int afterVerb, int limit, SentenceIndex dates) {
        int k = afterVerb;
        while (k < limit && k - afterVerb < MOST_BEFORE_AGENT && !tokens.get(k).is("by")
                && (dates.inDate(k) || TIME_WORDS.contains(tokens.get(k).lower()))) {
            k++;
        }
        if (k + 1 >= limit || !tokens.get(k).is("by")) {
            return -1;
        }
        Optional<NumberWords.Reading> figure = NumberWords.read(tokens, k + 1);
        int afterFigure = figure.map(NumberWords.Reading::next).orElse(k + 2);
        boolean tally = figure.isPresent() && afterFigure < limit && MEASURED.contains(tokens.get(afterFigure).lower());
        boolean margin = (tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an")) && k + 2 < limit
                && MEASURED.contains(tokens.get(k + 2).lower());
        return tally || margin || tokens.get(k + 1).kind() == Token.Kind.NUMBER && figure.isEmpty() ? -1 : k;
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
            "can", "may", "might", "should", "must");

    /** What "by" measures rather than who acted: "by five votes to four", "by 5%", "by a wide margin". */
    private static final Set<String> MEASURED = Set.of("vote", "votes", "point", "points", "percent", "per", "%", "goal", "goals", "seat",
            "seats", "margin", "majority", "factor", "third", "half", "quarter", "fifth", "wide", "narrow", "large", "small", "whisker");

    private static int objectEnd(List<Token> tokens, int from, int limit, SentenceIndex dates) {
        int k = from;
        while (k < limit && k - from < MAX_OBJECT && !tokens.get(k).is(",") && !tokens.get(k).is(".")
                && !dates.inDate(k)) {
            k++;
        }
        while (k > from && (ActorPhrase.adverb(tokens.get(k - 1)) || ActorPhrase.TRAILING.contains(tokens.get(k - 1).lower()))) {
            k--;
        }
        return k;
    }

    static Optional<Action> verbAt(List<Token> tokens, int k, ActionLexicon lexicon) {
        Token t = tokens.get(k);
        if (!t.isWord() || t.isCapitalised() || k > 0 && (NOT_BEFORE_VERB.contains(tokens.get(k - 1).lower()) || possessive(tokens.get(k - 1))
                || compoundAdjective(tokens.get(k - 1)))) {
            return Optional.empty();
        }
        Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        if (after != null && after.is("of") && POSTS_BEFORE_OF.contains(t.lower())) {
            return Optional.empty();
        }
        Optional<Action> action = lexicon.action(t.lower(), next(tokens, k));
        if (action.isEmpty() || modifiedNoun(tokens, k, action.get()) || countedNoun(tokens, k)) {
            return Optional.empty();
        }
        if (action.get().particle() != null) {
            // "a phone call on Tuesday" is no "call on"
            Token object = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
            boolean dated = CalendarWords.weekday(object).isPresent() || CalendarWords.month(object).isPresent();
            return dated ? lexicon.action(t.lower(), null) : action;
        }
        boolean bareBeforePreposition = action.get().verbClass() == VerbClass.STATUS && after != null
                && NOT_AFTER_BARE_VERB.contains(after.lower());
        return bareBeforePreposition ? Optional.empty() : action;
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our");
    private static final int MOST_MODIFIERS = 3;

    /**
     * "a three-year suspended sentence", "the heavy fine": the lemma's own form after a determiner and words that
     * only modify it is a noun; "the court sentenced" keeps its verb, whose form is not the lemma's.
     */
    private static boolean modifiedNoun(List<Token> tokens, int k, Action action) {
        String lemma = action.lemma();
        int space = lemma.indexOf(' ');
        String word = tokens.get(k).lower();
        // called for every word of every clause: compared in place, not split
        if (!(space < 0 ? word.equals(lemma) : word.length() == space && lemma.startsWith(word))) {
            return false;
        }
        for (int j = k - 1; j >= 0 && k - j <= MOST_MODIFIERS + 1; j--) {
            Token m = tokens.get(j);
            if (DETERMINERS.contains(m.lower())) {
                return j < k - 1;
            }
            boolean modifier = m.isWord() && !m.isCapitalised() && (m.lower().endsWith("ed") || compoundAdjective(m));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * "received 447,918 votes", "about 3,400 postal votes", "two attacks": a word in -s right after a count, or after a
     * count and a word or two that describe it, is the plural noun counted, not a verb (a year is no count: "in 2019").
     */
    private static boolean countedNoun(List<Token> tokens, int k) {
        String word = tokens.get(k).lower();
        if (!word.endsWith("s") || word.endsWith("ss")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && k - j <= MOST_COUNT_WORDS; j--) {
            Token m = tokens.get(j);
            boolean year = m.isPlainDigits() && m.text().length() == 4;
            if (m.isNumber() && !year || NumberWords.word(m.lower()).orElse(0) > 1) {
                return true;
            }
            if (!m.isWord() || m.isCapitalised() || BE.contains(m.lower())) {
                return false;
            }
        }
        return false;
    }

    private static final int MOST_COUNT_WORDS = 3;

    /** "a nine-year sentence", "a 48-hour strike": after a hyphened adjective the word is a noun. */
    private static boolean compoundAdjective(Token t) {
        // "al-Sisi warned": a name keeps its capital after the hyphen
        int hyphen = t.text().lastIndexOf('-');
        return t.isWord() && !t.isCapitalised() && hyphen > 0 && hyphen + 1 < t.text().length()
                && Character.isLowerCase(t.text().charAt(hyphen + 1));
    }

    /** "jailed", "held", "sent": a form that is neither the lemma nor its "-ing" (after "was", a passive). */
    private static boolean participle(Token verb, Action action) {
        String form = verb.lower();
        return !form.equals(action.lemma().split(" ")[0]) && !form.endsWith("ing") && !form.endsWith("s");
    }

    /** "the occupier's defeat": after a possessive the word is a noun. */
    private static boolean possessive(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'");
    }

    /** A claim needs a finite verb: not a bare "to intervene" or "meeting between ..." with no one acting. */
    boolean standsAlone(List<Token> tokens) {
        Token before = verb > 0 ? tokens.get(verb - 1) : null;
        boolean bareInfinitive = before != null && before.is("to") && (actorTo <= actorFrom || verb - actorTo == 1);
        boolean actorlessGerund = actorTo <= actorFrom && tokens.get(verb).lower().endsWith("ing");
        return !bareInfinitive && !actorlessGerund;
    }

    private static String next(List<Token> tokens, int k) {
        return k + 1 < tokens.size() ? tokens.get(k + 1).lower() : null;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
