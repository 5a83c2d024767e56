package org.crosscheck.core.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.core.text.Span;

/**
 * The actors of one article and where each is mentioned, so that a later "he", "the legislature" or a bare
 * surname finds the actor the writer meant: the most recent fitting mention before it.
 */
public final class ArticleCast {

    private record Placed(Span span, Actor actor) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final List<Placed> subjects = new ArrayList<>();
    private final Map<String, Actor> byKey = new HashMap<>();

    public Actor country(Country country) {
        return byKey.computeIfAbsent("country:" + country.name(), k -> new Actor(EntityKind.COUNTRY, country.name(), country, null, null));
    }

    public Actor place(String name, Country country) {
        Actor place = byKey.computeIfAbsent("place:" + NameForm.placeKey(name), k -> new Actor(EntityKind.PLACE, name, country, null, null));
        place.addAlias(name); // a second spelling of the same place is one more name for it
        return place;
    }

    public Actor organization(String name, Country country) {
        return byKey.computeIfAbsent("org:" + NameForm.fold(name), k -> new Actor(EntityKind.ORGANIZATION, name, country, null, null));
    }

    public Actor group(String name) {
        return byKey.computeIfAbsent("group:" + NameForm.fold(name), k -> new Actor(EntityKind.GROUP, name, null, null, null));
    }

    /** A country's institution, told apart by class, country and qualifier ("eastern-based"), never by name alone. */
    public Actor institution(String institutionClass, Country country, String qualifier, String canonicalName) {
        String prefix = "inst:" + institutionClass + "|" + (country == null ? "?" : country.name()) + "|";
        String key = prefix + qualifier;
        if (qualifier == null) {
            List<String> same = byKey.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
            if (same.size() == 1) {
                return byKey.get(same.get(0)).canonical();
            }
        }
        String name = country == null ? canonicalName : canonicalName + " (" + country.name() + ")";
        return byKey.computeIfAbsent(key, k -> new Actor(EntityKind.ORGANIZATION, name, country, institutionClass, qualifier));
    }

    /** An actor of this article already known under {@code alias} (spelling-insensitive), or null. */
    public Actor byAlias(String alias) {
        String folded = NameForm.fold(alias);
        for (Actor a : actors()) {
            if (a.aliases().stream().anyMatch(x -> NameForm.fold(x).equals(folded))) {
                return a;
            }
        }
        return null;
    }

    public Actor person(String fullName) {
        String key = "person:" + NameForm.transliterated(fullName);
        Actor known = byKey.get(key);
        if (known != null) {
            return known.canonical();
        }
        Actor actor = new Actor(EntityKind.PERSON, fullName, null, null, null);
        byKey.put(key, actor);
        return actor;
    }

    /** The person of this article whose surname is {@code surname}, spelled alike or off by one letter; null if none or unclear. */
    public Actor personBySurname(String surname) {
        String wanted = NameForm.transliterated(surname);
        Set<Actor> exact = new LinkedHashSet<>();
        Set<Actor> close = new LinkedHashSet<>();
        for (Actor a : actors()) {
            if (a.kind() != EntityKind.PERSON) {
                continue;
            }
            String[] parts = NameForm.transliterated(a.name()).split(" ");
            String last = parts[parts.length - 1];
            if (parts.length > 1 && last.equals(wanted)) {
                exact.add(a);
            } else if (parts.length > 1 && Spelling.slipOfSurname(last, wanted)) {
                close.add(a);
            }
        }
        Set<Actor> pick = exact.isEmpty() ? close : exact;
        return pick.size() == 1 ? pick.iterator().next() : null;
    }

    public void mention(Span span, Actor actor) {
        placed.add(new Placed(span, actor));
        if (opensSentence != null && opensSentence.test(span)) {
            subjects.add(new Placed(span, actor));
        }
    }

    /** The mention at {@code span} stands for the words of {@code to} only ("Challenger Kerrigan" names Kerrigan). */
    void narrowMention(Span span, Span to) {
        placed.replaceAll(p -> p.span().equals(span) ? new Placed(to, p.actor()) : p);
        subjects.replaceAll(p -> p.span().equals(span) ? new Placed(to, p.actor()) : p);
    }

    private Predicate<Span> opensSentence;

    /** Tells the cast which mentions open their sentence, so they can be recorded as subjects. */
    public void subjectsAre(Predicate<Span> opensSentence) {
        this.opensSentence = opensSentence;
    }

    /** The latest sentence subject that fits and starts inside {@code range}, or null. */
    public Actor lastSubjectWithin(Span range, Predicate<Actor> fits) {
        Actor best = null;
        for (Placed p : subjects) {
            if (range.contains(p.span().start()) && fits.test(p.actor().canonical())) {
                best = p.actor().canonical();
            }
        }
        return best;
    }

    /** The most recent actor mentioned before {@code offset} that fits. */
    public Actor lastBefore(int offset, Predicate<Actor> fits) {
        return lastBetween(0, offset, fits);
    }

    /** The last actor that fits mentioned from {@code from} up to (not at) {@code offset}; null when none. */
    public Actor lastBetween(int from, int offset, Predicate<Actor> fits) {
        Actor best = null;
        int bestStart = from - 1;
        for (Placed p : placed) {
            if (p.span().start() < offset && p.span().start() > bestStart && fits.test(p.actor().canonical())) {
                best = p.actor().canonical();
                bestStart = p.span().start();
            }
        }
        return best;
    }

    /** The actor mentioned exactly over or inside {@code span}, preferring the last (the head of "Egypt's Foreign Minister X"). */
    public Actor within(Span span, Predicate<Actor> fits) {
        Actor best = null;
        int bestEnd = -1;
        for (Placed p : placed) {
            if (span.contains(p.span()) && p.span().end() > bestEnd && fits.test(p.actor().canonical())) {
                best = p.actor().canonical();
                bestEnd = p.span().end();
            }
        }
        return best;
    }

    /** Every mention of the article in reading order: where each actor is named, and as what. */
    public void forEachMention(java.util.function.BiConsumer<Span, Actor> visit) {
        placed.stream().sorted((x, y) -> Integer.compare(x.span().start(), y.span().start()))
                .forEach(p -> visit.accept(p.span(), p.actor().canonical()));
    }

    /** Where the article names {@code actor}, in reading order. */
    public List<Span> spansOf(Actor actor) {
        return placed.stream().filter(p -> p.actor().canonical() == actor.canonical())
                .map(Placed::span).sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
    }

    /** Every actor mentioned inside {@code span}, in reading order, once each: who a claim is about. */
    public List<Actor> mentionedWithin(Span span) {
        Set<Actor> out = new LinkedHashSet<>();
        placed.stream().filter(p -> span.contains(p.span())).sorted((x, y) -> Integer.compare(x.span().start(), y.span().start()))
                .forEach(p -> out.add(p.actor().canonical()));
        return new ArrayList<>(out);
    }

    /** The actor whose mention starts at {@code offset} and fits, or null: the name after a title and a comma. */
    public Actor startingAt(int offset, Predicate<Actor> fits) {
        for (Placed p : placed) {
            if (p.span().start() == offset && fits.test(p.actor().canonical())) {
                return p.actor().canonical();
            }
        }
        return null;
    }

    /** The actor whose mention ends where {@code phrase} ends: the head of "Egypt's Foreign Minister Sameh Shoukry". */
    public Actor endingAt(Span phrase) {
        Actor best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Placed p : placed) {
            if (phrase.contains(p.span()) && p.span().end() == phrase.end() && p.span().start() < bestStart) {
                best = p.actor().canonical();
                bestStart = p.span().start();
            }
        }
        return best;
    }

    /** The person of this article holding {@code rank} in {@code country}: the latest before {@code offset}, else the first. */
    public Actor holder(int offset, String rank, Country country) {
        return Descriptions.holder(this, offset, rank, country);
    }

    /** Every actor of the article (each one is created through this cast, so its keys list them all). */
    public List<Actor> actors() {
        Set<Actor> out = new LinkedHashSet<>();
        byKey.values().forEach(a -> out.add(a.canonical()));
        return new ArrayList<>(out);
    }
}
