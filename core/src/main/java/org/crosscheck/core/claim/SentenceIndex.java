package org.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.normalise.NormalisedDate;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.normalise.Token;

/**
 * The dates and figures of one sentence, laid over its tokens so that clauses (asked for in reading order) find
 * theirs by moving a pointer: a sentence with thousands of dates still costs linear time.
 */
final class SentenceIndex {

    private final boolean[] inDate;
    private final List<NormalisedDate> dates;
    private final List<Quantity> figures;
    private int nextDate;
    private int nextFigure;

    SentenceIndex(List<Token> tokens, List<NormalisedDate> dates, List<Quantity> figures) {
        this.inDate = new boolean[tokens.size()];
        this.dates = dates;
        int d = 0;
        for (int k = 0; k < tokens.size() && d < dates.size(); k++) {
            while (d < dates.size() && dates.get(d).span().end() <= tokens.get(k).span().start()) {
                d++;
            }
            inDate[k] = d < dates.size() && dates.get(d).span().contains(tokens.get(k).span());
        }
        this.figures = worthChecking(figures, dates, tokens);
    }

    boolean inDate(int token) {
        return inDate[token];
    }

    /** The first date inside the clause; clauses must be asked for in reading order. */
    NormalisedDate dateIn(org.crosscheck.core.text.Span clause) {
        while (nextDate < dates.size() && dates.get(nextDate).span().start() < clause.start()) {
            nextDate++;
        }
        return nextDate < dates.size() && clause.contains(dates.get(nextDate).span()) ? dates.get(nextDate) : null;
    }

    /** The first figure worth checking inside the clause; clauses must be asked for in reading order. */
    Quantity figureIn(org.crosscheck.core.text.Span clause) {
        while (nextFigure < figures.size() && figures.get(nextFigure).span().start() < clause.start()) {
            nextFigure++;
        }
        return nextFigure < figures.size() && clause.contains(figures.get(nextFigure).span()) ? figures.get(nextFigure) : null;
    }

    /**
     * The figure of the clause nearest its verb: "Relatives of the five miners still missing ... killed seven of their
     * colleagues" counts the killed, not the missing. Null when the clause has none.
     */
    Quantity figureNearest(org.crosscheck.core.text.Span clause, int verbAt) {
        Quantity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Quantity q : figuresIn(clause)) {
            // "Seven miners killed, five missing": a figure whose words run into the verb is the verb's
            int distance = q.span().end() <= verbAt ? verbAt - q.span().end() : q.span().start() <= verbAt ? 0 : q.span().start() - verbAt;
            if (distance < bestDistance) {
                best = q;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The count of the dead in a clause with no verb of its own to follow: "the bodies of the last five miners missing
     * ..., bringing the number of dead to twelve" reports a toll of twelve.
     */
    java.util.Optional<Quantity> tollIn(org.crosscheck.core.text.Span clause) {
        return figuresIn(clause).stream().filter(q -> q.state().equals("dead")).findFirst();
    }

    /**
     * The figures inside the clause, read from where {@link #figureIn} left the pointer: clauses come in reading order,
     * so each figure is looked at by one clause only and a sentence of many figures stays linear.
     */
    private List<Quantity> figuresIn(org.crosscheck.core.text.Span clause) {
        List<Quantity> in = new ArrayList<>();
        for (int k = nextFigure; k < figures.size() && figures.get(k).span().start() < clause.end(); k++) {
            if (clause.contains(figures.get(k).span())) {
                in.add(figures.get(k));
            }
        }
        return in;
    }

    // Counts of people are checkable however small: "two people died".
    private static final java.util.Set<String> AUXILIARY = java.util.Set.of("were", "was", "are", "is", "have", "had", "has", "died");

    /** "40 were hurt": a bare number that is the subject of a verb counts what the verb says. */
    private static boolean subjectOfVerb(List<Token> tokens, Quantity q) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).span().end() == q.span().end()) {
                return AUXILIARY.contains(tokens.get(k + 1).lower());
            }
        }
        return false;
    }

    /** Qualified, vague, or at least three of something counted; never a number that is part of a date. */
    private static final java.util.Set<String> LOOSE = java.util.Set.of("about", "nearly", "almost", "more", "than", "over", "some");
    private static final java.util.Set<String> COUNTED_SO_FAR = java.util.Set.of("reporting", "counted", "tallied", "declared", "in");
    private static final int PROGRESS_REACH = 6;

    /**
     * "with 94 percent of polling stations reporting": how far a count had gone, told beside what it counted ("had put her
     * 2,454 votes ahead"), never what the clause counts.
     */
    private static boolean progressOfACount(List<Token> tokens, Quantity q) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (q.span().contains(tokens.get(k).span())) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        int before = first - 1;
        while (before >= 0 && LOOSE.contains(tokens.get(before).lower())) {
            before--;
        }
        if (first < 0 || before < 0 || !tokens.get(before).is("with")) {
            return false;
        }
        int of = last + 1 < tokens.size() && tokens.get(last + 1).is("of") ? last + 1 : -1;
        for (int k = of + 1; of > 0 && k < tokens.size() && k <= of + PROGRESS_REACH; k++) {
            if (COUNTED_SO_FAR.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static List<Quantity> worthChecking(List<Quantity> figures, List<NormalisedDate> dates, List<Token> tokens) {
        List<Quantity> kept = new ArrayList<>();
        int d = 0;
        for (Quantity q : figures) {
            while (d < dates.size() && dates.get(d).span().end() <= q.span().start()) {
                d++;
            }
            boolean inDate = d < dates.size() && dates.get(d).span().overlaps(q.span());
            boolean worthIt = q.qualifier() != Quantity.Qualifier.EXACT || q.stated() >= 3 && !q.measure().isEmpty()
                    || Quantity.PEOPLE.contains(q.measureKey()) || q.measure().isEmpty() && subjectOfVerb(tokens, q);
            if (!inDate && worthIt && !progressOfACount(tokens, q)) {
                kept.add(q);
            }
        }
        return kept;
    }
}
