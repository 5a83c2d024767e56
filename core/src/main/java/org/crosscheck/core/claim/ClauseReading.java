package org.crosscheck.core.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.claim.ActionLexicon.Action;
import org.crosscheck.core.claim.ActionLexicon.VerbClass;
import org.crosscheck.core.normalise.Token;
import org.crosscheck.core.text.Span;

/**
 * Who did what to what in one clause: the main action verb, the actor before it and the object after it.
 * A reporting verb gives way to the verb of what was reported ("the parliament said Libya and Cairo should
 * work together" is about working together). Passives take their actor from the by-phrase.
 */
record ClauseReading(Action action, int verb, int actorFrom, int actorTo, int objectFrom, int objectTo, boolean negated,
                     boolean reportOnly) {

    private static final Set<String> NOT_BEFORE_VERB = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "of", "in", "on", "for", "from", "with", "after", "about", "by", "this", "that", "these", "those", "new",
            "no", "any", "each", "every", "such");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> TRAILING_PREPOSITIONS = Set.of("on", "in", "at", "of", "to", "for", "by", "from",
            "with", "and", "the", "a", "an", "that");
    private static final int MAX_ACTOR = 10;
    private static final int MAX_OBJECT = 10;

    Optional<Span> actorSpan(List<Token> tokens) {
        return actorTo > actorFrom ? Optional.of(span(tokens, actorFrom, actorTo)) : Optional.empty();
    }

    String objectText(String text, List<Token> tokens) {
        return objectTo > objectFrom ? span(tokens, objectFrom, objectTo).of(text) : "";
    }

    static Optional<ClauseReading> read(List<Token> tokens, Clause clause, ActionLexicon lexicon, List<Span> dateSpans) {
        int first = -1;
        int content = -1;
        for (int k = clause.from(); k < clause.to(); k++) {
            Optional<Action> a = verbAt(tokens, k, lexicon);
            if (a.isEmpty()) {
                continue;
            }
            if (first < 0) {
                first = k;
            } else if (lexicon.action(tokens.get(first).lower(), next(tokens, first)).get().verbClass() == VerbClass.REPORT
                    && a.get().verbClass() != VerbClass.REPORT) {
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
        if (content >= 0 && tokens.get(actorStart).is("that")) {
            actorStart++;
        }
        return Optional.of(build(tokens, clause, action, verb, actorStart, dateSpans, content < 0 && action.verbClass() == VerbClass.REPORT));
    }

    private static ClauseReading build(List<Token> tokens, Clause clause, Action action, int verb, int actorStart,
                                       List<Span> dateSpans, boolean reportOnly) {
        int afterVerb = verb + (action.particle() == null ? 1 : 2);
        int actorFrom = actorStart;
        for (int k = actorStart; k < verb; k++) {
            if (tokens.get(k).is(",")) {
                actorFrom = k + 1;
            }
        }
        int actorTo = verb;
        boolean negated = false;
        boolean passive = false;
        while (actorTo > actorFrom && (ClauseSplitter.AUXILIARIES.contains(tokens.get(actorTo - 1).lower()) || adverb(tokens.get(actorTo - 1)))) {
            String w = tokens.get(actorTo - 1).lower();
            negated |= w.equals("not") || w.equals("n't") || w.equals("never");
            passive |= BE.contains(w);
            actorTo--;
        }
        actorTo = cutAtDate(tokens, actorFrom, actorTo, dateSpans);
        int objectFrom = afterVerb;
        int objectTo = objectEnd(tokens, objectFrom, clause.to(), dateSpans);
        if (passive && afterVerb < clause.to() && tokens.get(afterVerb).is("by")) {
            int agentTo = objectEnd(tokens, afterVerb + 1, clause.to(), dateSpans);
            return new ClauseReading(action, verb, afterVerb + 1, agentTo, actorFrom, actorTo, negated, reportOnly);
        }
        if (actorTo - actorFrom > MAX_ACTOR) {
            actorFrom = actorTo;
        }
        return new ClauseReading(action, verb, actorFrom, actorTo, objectFrom, objectTo, negated, reportOnly);
    }

    private static int objectEnd(List<Token> tokens, int from, int limit, List<Span> dateSpans) {
        int k = from;
        while (k < limit && k - from < MAX_OBJECT && !tokens.get(k).is(",") && !tokens.get(k).is(".") && !inAny(tokens.get(k), dateSpans)) {
            k++;
        }
        while (k > from && TRAILING_PREPOSITIONS.contains(tokens.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    private static int cutAtDate(List<Token> tokens, int from, int to, List<Span> dateSpans) {
        for (int k = from; k < to; k++) {
            if (inAny(tokens.get(k), dateSpans)) {
                to = k;
                break;
            }
        }
        while (to > from && TRAILING_PREPOSITIONS.contains(tokens.get(to - 1).lower())) {
            to--;
        }
        return to;
    }

    private static boolean inAny(Token t, List<Span> spans) {
        for (Span s : spans) {
            if (s.contains(t.span())) {
                return true;
            }
        }
        return false;
    }

    private static boolean adverb(Token t) {
        return t.isWord() && !t.isCapitalised() && t.lower().endsWith("ly") && t.text().length() > 4;
    }

    static Optional<Action> verbAt(List<Token> tokens, int k, ActionLexicon lexicon) {
        Token t = tokens.get(k);
        if (!t.isWord() || t.isCapitalised() || k > 0 && NOT_BEFORE_VERB.contains(tokens.get(k - 1).lower())) {
            return Optional.empty();
        }
        return lexicon.action(t.lower(), next(tokens, k));
    }

    private static String next(List<Token> tokens, int k) {
        return k + 1 < tokens.size() ? tokens.get(k + 1).lower() : null;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
