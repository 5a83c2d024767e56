package org.crosscheck.ingest.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * How one article states a fact, as extraction would read it: the actor sometimes only a pronoun, some
 * participants and places left out, the date stated about two times in three, figures rounded or qualified
 * ("more than", "about"), the wire's wording kept about a third of the time and otherwise reworded; and now and
 * then a wrong date or figure, which reconciliation should report as a conflict.
 */
final class Retelling {

    private static final double WRONG = 0.04;

    private final Lexicon lexicon;
    private final SplittableRandom random;
    private final String document;
    private final Set<String> setting;
    private final java.time.LocalDate published;

    Retelling(Lexicon lexicon, SplittableRandom random, String document, Set<String> setting, java.time.LocalDate published) {
        this.published = published;
        this.lexicon = lexicon;
        this.random = random;
        this.document = document;
        this.setting = setting;
    }

    /** The {@code index}-th statement of the article. */
    Statement tell(Fact fact, int index) {
        Span span = StatementWorld.span(index, random);
        boolean pronoun = !fact.actors().isEmpty() && random.nextDouble() < 0.12;
        Set<String> actors = pronoun ? Set.of() : fact.actors();
        Set<String> participants = some(fact.participants());
        Set<String> places = some(fact.places());
        if (random.nextDouble() < 0.1) {
            places.add(new TreeSet<>(setting).first());
        }
        places.removeAll(actors);
        String subject = pronoun ? Lexicon.UNRESOLVED.get(random.nextInt(4)) : fact.subject();
        String key = random.nextDouble() < 0.05 ? "" : random.nextDouble() < 0.35 && !pronoun ? fact.wording() : reworded(fact, subject);
        return new Statement(document, span, fact.kind(), fact.predicate(), fact.agentive(), fact.demanded(), actors, participants, places,
                setting, date(fact.date()), quantity(fact.quantity(), span), key, published);
    }

    /** Each kept with probability 0.8, drawn in id order: Set.copyOf iterates in a per-JVM order, which would break determinism. */
    private Set<String> some(Set<String> ids) {
        Set<String> kept = new LinkedHashSet<>();
        new TreeSet<>(ids).forEach(id -> {
            if (random.nextDouble() < 0.8) {
                kept.add(id);
            }
        });
        return kept;
    }

    private String reworded(Fact fact, String subject) {
        String verb = fact.act() == null ? fact.verb() : fact.act().verbs().get(random.nextInt(fact.act().verbs().size()));
        List<String> object = new ArrayList<>();
        for (String word : fact.object()) {
            if (random.nextDouble() < 0.7) {
                object.add(word);
            }
        }
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            object.add(random.nextInt(object.size() + 1), lexicon.word(random));
        }
        return subject + " | " + verb + " | " + String.join(" ", object);
    }

    private ReportedDate date(ReportedDate date) {
        if (date == null || random.nextDouble() < 0.35) {
            return null;
        }
        if (random.nextDouble() < WRONG) {
            // a day off, or a misread month: "on Tuesday" resolved against the wrong week
            return ReportedDate.day(date.first().plusDays(random.nextBoolean() ? 7 : 30 + random.nextInt(5)));
        }
        return date;
    }

    private Quantity quantity(Quantity figure, Span span) {
        if (figure == null || random.nextDouble() < 0.25) {
            return null;
        }
        double value = random.nextDouble() < WRONG ? figure.stated() * (random.nextBoolean() ? 3 + random.nextInt(8) : 0.2) : figure.stated();
        Span where = new Span(span.start() + 5, span.start() + 15);
        double roll = random.nextDouble();
        if (roll < 0.5) {
            return new Quantity(value, value, Quantity.Qualifier.EXACT, figure.measure(), where);
        }
        double round = Math.pow(10, Math.max(0, Math.floor(Math.log10(value)) - 1));
        double said = Math.floor(value / round) * round;
        if (roll < 0.7) {
            return new Quantity(said, Double.POSITIVE_INFINITY, Quantity.Qualifier.MORE_THAN, figure.measure(), where);
        }
        if (roll < 0.85) {
            return new Quantity(said * 0.9, said * 1.1, Quantity.Qualifier.ABOUT, figure.measure(), where);
        }
        return new Quantity(said, Double.POSITIVE_INFINITY, Quantity.Qualifier.AT_LEAST, figure.measure(), where);
    }
}
