package org.crosscheck.core.normalise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/** The tokens of one passage being read for dates, with the article's reference date (may be null). */
record DateScan(List<Token> tokens, LocalDate reference) {

    /** A date expression covering tokens {@code [from, next)}. */
    record Match(int next, NormalisedDate date) {
    }

    /** One way of reading a date expression starting at token i. */
    interface Rule {
        Optional<Match> read(DateScan scan, int i);
    }

    /** The first rule, in order of preference, that reads a date at token i. */
    Optional<Match> first(int i, Rule... rules) {
        for (Rule rule : rules) {
            Optional<Match> m = rule.read(this, i);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> FUTURE_CUES = Set.of("will", "would", "shall", "'ll", "due", "next",
            "upcoming", "coming", "soon", "scheduled", "planned", "plans", "expected");
    /** Words before an "-ed" form that make it no past verb of its own: "to be completed", "the delayed vote". */
    private static final Set<String> BEFORE_PARTICIPLE = Set.of("be", "been", "being", "is", "are", "was", "were", "to", "the", "a",
            "an", "its", "their", "his", "her", "have", "has", "had", "will", "would");
    private static final Set<String> CLAUSE_EDGES = Set.of(".", ";", "that", "\"", "\u201c", "\u201d", "?", "!");
    private static final int LOOK_BACK = 15;

    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    boolean is(int i, String... words) {
        Token t = at(i);
        if (t == null) {
            return false;
        }
        for (String w : words) {
            if (t.is(w)) {
                return true;
            }
        }
        return false;
    }

    /** A plain number of {@code digits} digits at token i whose value lies in [min, max]. */
    Optional<Integer> number(int i, int minDigits, int maxDigits, int min, int max) {
        Token t = at(i);
        if (t == null || !t.isPlainDigits() || t.text().length() < minDigits || t.text().length() > maxDigits) {
            return Optional.empty();
        }
        int v = Integer.parseInt(t.text());
        return v >= min && v <= max ? Optional.of(v) : Optional.empty();
    }

    Optional<Integer> year(int i) {
        return number(i, 4, 4, 1000, 2199);
    }

    /** A day of the month, "5", "05" or "5th". */
    Optional<Integer> dayOfMonth(int i) {
        Token t = at(i);
        if (t == null || !t.isNumber()) {
            return Optional.empty();
        }
        Optional<Integer> day = t.isPlainDigits() ? number(i, 1, 2, 1, 31) : NumberWords.ordinal(t);
        return day.filter(d -> d >= 1 && d <= 31);
    }

    /**
     * Whether the clause before token i speaks of the future ("would be held on Wednesday", "to be held in
     * June"): weekdays and bare months then point forward from the reference date, otherwise back.
     */
    boolean futureBefore(int i) {
        boolean pastVerb = false;
        for (int j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
            Token t = tokens.get(j);
            if (CLAUSE_EDGES.contains(t.lower())) {
                return false;
            }
            if (FUTURE_CUES.contains(t.lower()) || t.is("to") && is(j + 1, "be")) {
                return true;
            }
            // "could take until Monday" points forward; "not registered until after polls closed at 6pm on Sunday"
            // does not: the date belongs to a verb in the past after "until"
            if (t.is("until")) {
                return !pastVerb;
            }
            pastVerb |= t.lower().length() > 4 && t.lower().endsWith("ed") && !t.isCapitalised() && j > 0
                    && !BEFORE_PARTICIPLE.contains(tokens.get(j - 1).lower());
        }
        return false;
    }

    Span span(int from, int next) {
        return new Span(tokens.get(from).span().start(), tokens.get(next - 1).span().end());
    }

    Optional<Match> stated(int from, int next, ReportedDate date, String rule) {
        return Optional.of(new Match(next, NormalisedDate.resolved(span(from, next), date, null, rule)));
    }

    /** A date worked out from the reference date, or an unresolved one when the article has none. */
    Optional<Match> anchored(int from, int next, String rule, java.util.function.Function<LocalDate, ReportedDate> resolve) {
        if (reference == null) {
            return Optional.of(new Match(next, NormalisedDate.unresolved(span(from, next), rule,
                    "relative to the article's date, which the article does not state")));
        }
        return Optional.of(new Match(next, NormalisedDate.resolved(span(from, next), resolve.apply(reference), reference, rule)));
    }
}
