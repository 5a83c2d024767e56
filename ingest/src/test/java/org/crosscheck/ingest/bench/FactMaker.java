package org.crosscheck.ingest.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * Invents one thing that happened in a story, in the proportions the seed articles show: about 45% on verbs the
 * lexicon does not class, actors from the story's cast or its countries, a third dated (mostly to the day, just
 * before the story breaks), counts mainly for tolls and movements of people.
 */
final class FactMaker {

    private static final List<String> PEOPLE_MEASURES = List.of("people", "people", "civilians", "soldiers", "residents", "protesters", "");
    private static final List<String> OTHER_MEASURES = List.of("troops", "personnel", "vehicles", "tonnes", "");
    /** Placeholder span of a fact's figure; the retelling places it inside its statement. */
    static final Span NOWHERE = new Span(0, 0);

    private final Lexicon lexicon;
    private final SplittableRandom random;
    private final Story story;
    private final BiFunction<SplittableRandom, String, String> city;

    FactMaker(Lexicon lexicon, SplittableRandom random, Story story, BiFunction<SplittableRandom, String, String> city) {
        this.lexicon = lexicon;
        this.random = random;
        this.story = story;
        this.city = city;
    }

    Fact make() {
        ActClass act = random.nextDouble() < 0.45 ? null : lexicon.act(random);
        boolean status = act == null && random.nextDouble() < 0.15;
        Set<String> actors = actors(act);
        Set<String> participants = new LinkedHashSet<>();
        for (int i = 0, n = count(0.35, 0.75, 0.93); i < n; i++) {
            participants.add(story.cast().get(random.nextInt(story.cast().size())));
        }
        participants.removeAll(actors);
        Set<String> places = new LinkedHashSet<>();
        for (int i = 0, n = count(0.4, 0.85, 1); i < n; i++) {
            places.add(place());
        }
        places.removeAll(actors);
        ReportedDate date = random.nextDouble() < 0.33 ? date() : null;
        Quantity quantity = random.nextDouble() < (act == null ? 0.06 : act.counted() ? 0.55 : 0.05) ? quantity(act) : null;
        boolean demanded = act != null && !act.agentive() && !actors.isEmpty() && random.nextDouble() < 0.15;
        String subject = actors.isEmpty() ? (act != null && random.nextBoolean() ? "" : unresolved()) : actors.iterator().next();
        String verb = status ? "hold status" : act == null ? lexicon.unclassedVerb(random) : act.verbs().get(random.nextInt(act.verbs().size()));
        List<String> object = new ArrayList<>();
        participants.forEach(p -> object.add(Lexicon.nameWord(p)));
        for (int i = 0, n = status ? 1 : 2 + random.nextInt(5); i < n; i++) {
            object.add(lexicon.word(random));
        }
        ClaimKind kind = quantity != null ? ClaimKind.QUANTITY : status ? ClaimKind.STATUS
                : demanded || act != null && act.name().equals("oppose") ? ClaimKind.STANCE : ClaimKind.EVENT;
        return new Fact(kind, act, demanded, Set.copyOf(actors), Set.copyOf(participants), Set.copyOf(places), date, quantity, subject,
                verb, List.copyOf(object));
    }

    /** Who acts: named for most agentive acts, often unsaid for what is done to someone. */
    private Set<String> actors(ActClass act) {
        double named = act == null ? 0.7 : act.agentive() ? 0.9 : 0.5;
        Set<String> actors = new LinkedHashSet<>();
        if (random.nextDouble() < named) {
            actors.add(actor());
            if (random.nextDouble() < 0.1) {
                actors.add(actor());
            }
        }
        return actors;
    }

    private String actor() {
        List<String> countries = story.setting().stream().filter(id -> id.startsWith("country-")).sorted().toList();
        return random.nextDouble() < 0.3 && !countries.isEmpty() ? countries.get(random.nextInt(countries.size()))
                : story.cast().get(random.nextInt(story.cast().size()));
    }

    private String place() {
        List<String> setting = story.setting().stream().sorted().toList();
        String near = setting.get(random.nextInt(setting.size()));
        return near.startsWith("country-") && random.nextDouble() < 0.4 ? city.apply(random, near) : near;
    }

    private ReportedDate date() {
        LocalDate day = story.date().minusDays(random.nextInt(4));
        return random.nextDouble() < 0.8 ? ReportedDate.day(day) : ReportedDate.month(YearMonth.from(day));
    }

    /** A figure as first reported: tens to tens of thousands, rounded as officials round. */
    private Quantity quantity(ActClass act) {
        double value = Math.pow(10, 1 + 3.5 * random.nextDouble());
        double rounded = value < 100 ? Math.rint(value) : Math.rint(value / 10) * 10;
        boolean people = act == null || !act.name().equals("attack");
        List<String> measures = people ? PEOPLE_MEASURES : OTHER_MEASURES;
        return new Quantity(rounded, rounded, Quantity.Qualifier.EXACT, measures.get(random.nextInt(measures.size())), NOWHERE);
    }

    private String unresolved() {
        return Lexicon.UNRESOLVED.get(random.nextInt(Lexicon.UNRESOLVED.size()));
    }

    /** 0, 1, 2 or 3 by cumulative probabilities. */
    private int count(double none, double one, double two) {
        double roll = random.nextDouble();
        return roll < none ? 0 : roll < one ? 1 : roll < two ? 2 : 3;
    }
}
