package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.entity.Country;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.normalise.DateNormaliser;
import org.crosscheck.core.normalise.NormalisedDate;
import org.crosscheck.core.text.Span;

/**
 * A government's label outlives the government (GovernmentLabelsTest states the rules). "Unity government",
 * "transitional government", "government of national accord" describe a kind of cabinet, and a country's next
 * cabinet often takes the same kind of name. When one article reports a new government or prime minister in a
 * country, such a label in articles written before that change may name the previous body, while the country's
 * government in articles written after it is the new one: a resolver keyed on the label would merge two
 * governments. Flagged as a name conflict of MEDIUM severity for an editor to settle; nothing is merged or split.
 */
public final class GovernmentLabels {

    /** How long before its article a "new prime minister" without a stated date is taken to have arrived. */
    public static final int RECENT_CHANGE_DAYS = 365;

    /** Labels (one a form and document) or later governments a conflict names at most: enough to act on, not a list of an archive. */
    static final int MOST_SIGHTINGS_A_SIDE = 6;

    private static final String KINDS = "unity|interim|transitional|caretaker|provisional|coalition|technocratic|salvation|accord|consensus";

    /** "the unity government", "the government of national accord", "an interim government". */
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(?:the\\s+|an?\\s+)?(?:(?:national\\s+)?(?:" + KINDS
            + ")\\s+government|government\\s+of\\s+national\\s+(?:unity|accord|salvation|consensus|union|reconciliation))\\b");

    /** "a new interim Libyan prime minister", "the new government"; lower-case "new", so not "New Zealand". */
    private static final Pattern CHANGE = Pattern.compile("\\b(?:(?:[Aa]|[Tt]he)\\s+)?new\\s+(?:(?:" + KINDS + "|acting)\\s+)*"
            + "(?:(\\p{Lu}\\p{L}+)\\s+)?(prime\\s+minister|premier|government|cabinet)\\b");

    /** Where an article names a country, or a place in one, or the country's government: the span and the country. */
    public record Placed(Span span, String country) {
        public Placed {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(country, "country");
        }
    }

    /**
     * One article as this rule reads it: published date (null when unknown: such an article is never ordered
     * against a change), text, sentences, where it names countries and places, and where it names a country's
     * government.
     */
    public record Article(String document, LocalDate published, String text, List<Span> sentences, List<Placed> places,
                          List<Placed> governments) {
        public Article {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(text, "text");
            sentences = List.copyOf(sentences);
            places = List.copyOf(places);
            governments = List.copyOf(governments);
        }
    }

    private record Sighting(Article article, Span span, String country, LocalDate since) {
        String written() {
            return span.of(article.text());
        }
    }

    private final KnowledgeBase kb;
    private final DateNormaliser dates = new DateNormaliser();

    public GovernmentLabels(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<Conflict> find(List<Article> articles) {
        List<Sighting> labels = new ArrayList<>();
        List<Sighting> changes = new ArrayList<>();
        for (Article a : articles) {
            labels.addAll(labels(a));
            if (a.published() != null) {
                changes.addAll(changes(a));
            }
        }
        // One conflict a country, at its earliest reported change: later changes only move the line further on.
        Map<String, Sighting> firstChange = new LinkedHashMap<>();
        changes.stream().sorted(Comparator.comparing(Sighting::since).thenComparing(s -> s.article().document()))
                .forEach(c -> firstChange.putIfAbsent(c.country(), c));
        List<Conflict> found = new ArrayList<>();
        for (Sighting change : firstChange.values()) {
            List<Sighting> before = firstPerDocument(labels.stream()
                    .filter(l -> l.country().equals(change.country()) && l.article() != change.article() && mayPrecede(l, change)).toList());
            if (before.isEmpty()) {
                continue;
            }
            List<Sighting> after = new ArrayList<>();
            for (Article a : articles) {
                boolean written = a.published() != null && !a.published().isBefore(change.since());
                if (written && a != change.article()) {
                    a.governments().stream().filter(g -> g.country().equals(change.country())).findFirst()
                            .ifPresent(g -> after.add(new Sighting(a, g.span(), g.country(), a.published())));
                }
            }
            found.add(conflict(change, before, firstPerDocument(after)));
        }
        return found;
    }

    /** Written before the change, or undated: an undated article's label may name either government. */
    private static boolean mayPrecede(Sighting label, Sighting change) {
        return label.since() == null || label.since().isBefore(change.since());
    }

    private List<Sighting> labels(Article a) {
        List<Sighting> out = new ArrayList<>();
        eachMatch(a, LABEL, (sentence, m) -> {
            Span label = new Span(m.start(), m.end());
            countryNear(a, sentence, label).ifPresent(c -> out.add(new Sighting(a, label, c, a.published())));
        });
        return out;
    }

    private List<Sighting> changes(Article a) {
        List<Sighting> out = new ArrayList<>();
        eachMatch(a, CHANGE, (sentence, m) -> {
            Span change = new Span(m.start(), m.end());
            // The word before "prime minister" must say whose: "Libyan", not "Harbour" in "new Harbour cabinet".
            Optional<String> country = m.group(1) != null
                    ? kb.countryOfDemonym(m.group(1)).map(Country::name)
                    : countryNear(a, sentence, change);
            country.ifPresent(c -> out.add(new Sighting(a, change, c, since(a, sentence))));
        });
        return out;
    }

    /** Each match of {@code pattern} inside one of the article's sentences, with that sentence. */
    private static void eachMatch(Article a, Pattern pattern, java.util.function.BiConsumer<Span, Matcher> visit) {
        for (Span sentence : a.sentences()) {
            Matcher m = pattern.matcher(a.text()).region(sentence.start(), sentence.end());
            while (m.find()) {
                visit.accept(sentence, m);
            }
        }
    }

    /** When the change happened at the earliest: a date its sentence gives ("this year"), else a recent year. */
    private LocalDate since(Article a, Span sentence) {
        return dates.find(a.text(), sentence, a.published()).stream()
                .map(NormalisedDate::value).flatMap(Optional::stream)
                .map(d -> d.first()).filter(d -> !d.isAfter(a.published()))
                .min(Comparator.naturalOrder())
                .orElse(a.published().minusDays(RECENT_CHANGE_DAYS));
    }

    /** The country named nearest to {@code phrase} in its sentence ("the unity government ... around Tripoli"). */
    private static Optional<String> countryNear(Article a, Span sentence, Span phrase) {
        return a.places().stream().filter(p -> sentence.contains(p.span()) && !phrase.overlaps(p.span()))
                .min(Comparator.comparingInt(p -> distance(p.span(), phrase))).map(Placed::country);
    }

    private static int distance(Span x, Span y) {
        return x.end() <= y.start() ? y.start() - x.end() : x.start() - y.end();
    }

    private static List<Sighting> firstPerDocument(List<Sighting> sightings) {
        Map<String, Sighting> first = new LinkedHashMap<>();
        sightings.stream().sorted(Comparator.comparing((Sighting s) -> s.article().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(s -> s.article().document()).thenComparingInt(s -> s.span().start()))
                .forEach(s -> first.putIfAbsent(s.article().document() + "|" + folded(s.written()), s));
        return first.values().stream().limit(MOST_SIGHTINGS_A_SIDE).toList();
    }

    private static Conflict conflict(Sighting change, List<Sighting> before, List<Sighting> after) {
        List<ConflictSide> sides = new ArrayList<>();
        for (Sighting l : before) {
            sides.add(new ConflictSide(l.article().document(), l.span(), l.since() == null
                    ? "label in an undated article: may predate the change" : "label published " + l.since() + ", before the change", null));
        }
        sides.add(new ConflictSide(change.article().document(), change.span(), "new government reported "
                + change.article().published() + ", in office since " + change.since() + " at the earliest", null));
        for (Sighting g : after) {
            sides.add(new ConflictSide(g.article().document(), g.span(), "government named " + g.article().published()
                    + ", after the change", null));
        }
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (Sighting l : before) {
            String when = l.since() == null ? "undated" : "published " + l.since();
            byDocument.computeIfAbsent(l.article().document() + ", " + when, k -> new ArrayList<>()).add(quoted(l.written()));
        }
        List<String> labels = new ArrayList<>();
        byDocument.forEach((where, written) -> labels.add(and(written) + " (" + where + ")"));
        StringBuilder why = new StringBuilder("A government's label may have passed to its successor. ")
                .append(change.article().document()).append(" (published ").append(change.article().published())
                .append(") reports ").append(quoted(change.written())).append(", so ").append(change.country())
                .append("'s government changed, no earlier than ").append(change.since()).append(". ")
                .append(and(labels)).append(" may name the government before that change");
        if (after.isEmpty()) {
            why.append(". ");
        } else {
            why.append(", while ").append(and(after.stream().map(g -> quoted(g.written()) + " (" + g.article().document() + ")").toList()))
                    .append(", written after it, may be the new one. ");
        }
        why.append("Check which government each article means before treating them as one.");
        return new Conflict(ConflictKind.NAME, Severity.MEDIUM, why.toString(), sides, List.of());
    }

    /** One form of a label a document, whatever its article or case: "the unity government", "a unity government". */
    private static String folded(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(the|an?)\\s+", "").replaceAll("\\s+", " ");
    }

    /** "A", "A and B", "A, B and C". */
    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String quoted(String s) {
        return "\u201c" + s + "\u201d";
    }
}
