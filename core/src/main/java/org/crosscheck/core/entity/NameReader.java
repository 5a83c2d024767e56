package org.crosscheck.core.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.attribution.Words;
import org.crosscheck.core.text.Lines;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.text.WorkTitles;

/**
 * Reads the named actors of one article into its {@link ArticleCast}: titled people ("Turkish Foreign Minister
 * Mevlut Cavusoglu", "her Turkish counterpart Mevlüt Çavuşoğlu"), countries, capitals and places, named
 * organisations, a country's institutions ("the Turkish presidency", "Libya's eastern-based parliament") and
 * bare surnames of people named in full elsewhere in the article.
 */
public final class NameReader {

    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "after", "before", "later",
            "following", "since", "while", "when", "meanwhile", "however", "but", "and", "he", "she", "it", "they",
            "we", "i", "his", "her", "its", "their", "our", "this", "that", "these", "those", "read", "follow", "join",
            "receive", "many", "each", "both", "one", "two", "only", "last", "today", "from", "for", "with", "as", "if",
            "what", "why", "how", "who", "there", "then", "also", "despite", "during", "among", "under", "over", "by");

    private final KnowledgeBase kb;
    private final Descriptions descriptions;
    private final Titles titles;
    private final SeatedBodies bodies;

    public NameReader(KnowledgeBase kb) {
        this.kb = kb;
        this.titles = new Titles(kb);
        this.bodies = new SeatedBodies(kb);
        this.descriptions = new Descriptions(kb);
    }

    public void read(String text, List<Sentence> sentences, ArticleCast cast) {
        java.util.TreeMap<Integer, Integer> zones = subjectZones(text, sentences);
        cast.subjectsAre(span -> {
            java.util.Map.Entry<Integer, Integer> zone = zones.floorEntry(span.start());
            return zone != null && span.start() < zone.getValue();
        });
        Set<String> midCaps = new HashSet<>();
        for (Sentence s : sentences) {
            List<Word> w = Words.of(text, s.span(), List.of());
            for (int i = 1; i < w.size(); i++) {
                if (w.get(i).capitalised()) {
                    midCaps.add(w.get(i).text());
                }
            }
        }
        List<Span> works = WorkTitles.in(text);
        for (boolean fullNames : new boolean[] {true, false}) {
            for (Sentence s : sentences) {
                List<Word> w = Words.of(text, s.span(), List.of());
                for (int i = 0; i < w.size(); i++) {
                    if (within(works, w.get(i).span())) {
                        continue;
                    }
                    i = fullNames ? readAt(text, w, i, cast, midCaps) : readSurname(text, w, i, cast);
                }
            }
            if (fullNames) {
                headlinePeople(text, cast); // before surnames alone are read: "Kerrigan" must name one person
            }
        }
        descriptions.read(text, sentences, cast);
        DefiniteReferences references = new DefiniteReferences(kb);
        for (Sentence s : sentences) {
            List<Word> w = Words.of(text, s.span(), List.of());
            bodies.readCountrysBodies(text, w, cast);
            SeatedBodies.readGivenNames(text, w, cast);
            references.read(text, w, cast);
            references.readRegionalCountries(text, w, cast);
        }
    }

    /**
     * "Challenger Kerrigan wins …": a headline capitalises its words, so a person named only in it is the one person of
     * the body with that surname ("Nadia Kerrigan"), not a second Kerrigan, and the headline names her by the surname alone.
     */
    private static void headlinePeople(String text, ArticleCast cast) {
        int headlineEnd = text.indexOf('\n');
        if (headlineEnd < 0) {
            return;
        }
        for (Actor headline : cast.actors()) {
            List<Span> spans = cast.spansOf(headline);
            String[] parts = NameForm.transliterated(headline.name()).split(" ");
            if (headline.kind() != EntityKind.PERSON || spans.isEmpty() || spans.get(spans.size() - 1).end() > headlineEnd || parts.length < 2) {
                continue;
            }
            List<Actor> bodyNamesakes = cast.actors().stream().filter(a -> a != headline && a.kind() == EntityKind.PERSON)
                    .filter(a -> {
                        String[] p = NameForm.transliterated(a.name()).split(" ");
                        return p.length > 1 && p[p.length - 1].equals(parts[parts.length - 1]);
                    })
                    .filter(a -> cast.spansOf(a).stream().anyMatch(s -> s.start() > headlineEnd)).toList();
            if (bodyNamesakes.size() == 1) {
                bodyNamesakes.get(0).absorbMisreading(headline);
                for (Span span : spans) {
                    cast.narrowMention(span, new Span(text.lastIndexOf(' ', span.end() - 1) + 1, span.end()));
                }
            }
        }
    }

    /**
     * "People's Alliance", "Workers' Party", "Women's Institute": a body named for whom it serves keeps the possessive in
     * its name, unlike a possessor ("Kenya's National Assembly") before a name of its own.
     */
    private static boolean namedForWhomItServes(List<Word> w, int end) {
        return end + 2 < w.size() && w.get(end + 1).kind() == Word.Kind.POSSESSIVE && w.get(end + 2).capitalised()
                && NameShapes.SERVED.contains(w.get(end).lower());
    }

    private static boolean within(List<Span> works, Span word) {
        for (Span work : works) {
            if (work.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private int readAt(String text, List<Word> w, int i, ArticleCast cast, Set<String> midCaps) {
        int titled = titles.read(text, w, i, cast);
        if (titled > i) {
            return titled;
        }
        if (!w.get(i).capitalised()) {
            return i;
        }
        if (compound(text, w.get(i), cast)) {
            return i;
        }
        int end = i;
        while (end + 1 < w.size() && (w.get(end + 1).capitalised() && !NameShapes.isCompound(w.get(end + 1)) || NameShapes.CONNECTORS.contains(w.get(end + 1).text())
                && end + 2 < w.size() && w.get(end + 2).capitalised() || namedForWhomItServes(w, end))) {
            end++;
        }
        int start = i;
        boolean initial = NameShapes.firstWord(w) == i;
        // "Four Malawian marines … have died": a number opening the sentence counts, it names nobody
        boolean counts = org.crosscheck.core.normalise.NumberWords.word(w.get(i).lower()).isPresent();
        if (initial && (OPENERS.contains(w.get(i).lower()) || counts) && !midCaps.contains(w.get(i).text())) {
            start++;
        }
        if (start < end && (w.get(start).is("a") || w.get(start).is("an"))) {
            start++; // "A Romanian court": an article opens a description, never a name, wherever "A" is capitalised
        }
        while (start < end && NameShapes.TIME.contains(w.get(start).lower())) {
            start++; // "By Monday Chilean engineers were ...": a day opening the run is no part of a name
        }
        if (start == end && end + 1 < w.size() && org.crosscheck.core.normalise.QuantityReader.isCurrencyCode(w.get(start).text())
                && !w.get(end + 1).text().isEmpty() && Character.isDigit(w.get(end + 1).text().charAt(0))) {
            return end; // "EUR 38 million": a currency's code before a sum names no organisation
        }
        if (start <= end) {
            classify(text, w, start, end, cast, initial && start == end && !midCaps.contains(w.get(start).text())
                    && !NameShapes.dateline(w, start, end));
        }
        return end;
    }

    /**
     * For each sentence, where its opening run of capitalised words, determiners and possessives ends: a mention
     * starting inside that run opens the sentence as its subject. Found once per sentence.
     */
    private static java.util.TreeMap<Integer, Integer> subjectZones(String text, List<Sentence> sentences) {
        java.util.TreeMap<Integer, Integer> zones = new java.util.TreeMap<>();
        for (Sentence s : sentences) {
            int limit = s.span().start();
            for (Word x : Words.of(text, s.span(), List.of())) {
                if (!(x.capitalised() || x.kind() == Word.Kind.POSSESSIVE || x.is("the") || x.is("a") || x.isPunct(','))) {
                    break;
                }
                limit = x.span().end();
            }
            zones.put(s.span().start(), limit);
        }
        return zones;
    }

    private void classify(String text, List<Word> w, int start, int end, ArticleCast cast, boolean doubtful) {
        Span span = new Span(w.get(start).span().start(), w.get(end).span().end());
        String name = span.of(text);
        Optional<Country> country = kb.countryNamed(name);
        Optional<Country> capitalOf = kb.countryOfCapital(name);
        if (country.isPresent() || capitalOf.isPresent() && NameShapes.actsAsGovernment(w, start, end)) {
            Actor c = cast.country(country.orElseGet(capitalOf::get));
            c.addAlias(name);
            if (country.isPresent() && start > 0 && NameShapes.describesCountry(w.get(start - 1))) {
                c.addAlias(new Span(w.get(start - 1).span().start(), span.end()).of(text)); // "war-torn Yemen"
            }
            cast.mention(span, c);
        } else if (capitalOf.isPresent()) {
            Actor place = cast.place(name, capitalOf.get());
            if (start >= 2 && w.get(start - 1).is("capital") && w.get(start - 2).is("the")) {
                place.addAlias(new Span(w.get(start - 2).span().start(), span.end()).of(text));
            }
            cast.mention(span, place);
        } else if (!doubtful && kb.countryOfDemonym(name).isEmpty()) {
            if (start > 0 && w.get(start - 1).isPunct('(') && end + 1 < w.size() && w.get(end + 1).isPunct(')')
                    && NameShapes.acronym(name)) {
                Actor before = start >= 2 ? cast.endingAt(new Span(w.get(0).span().start(), w.get(start - 2).span().end())) : null;
                if (before != null && before.kind() == EntityKind.ORGANIZATION) {
                    before.addAlias(name);
                    cast.mention(span, before);
                    return;
                }
            }
            named(text, w, start, end, span, cast);
        }
    }

    private static final Set<String> GEOGRAPHY_FIRST = Set.of("lake", "mount", "mt", "river", "gulf", "bay", "strait", "sea", "loch",
            "lough", "isle");

    private void named(String text, List<Word> w, int start, int end, Span span, ArticleCast cast) {
        String name = span.of(text);
        Actor known = cast.byAlias(name);
        // "Hungary's National Assembly" is not the Serbian one named before, whatever the shared name.
        Optional<Country> owner = possessor(w, start);
        if (known != null && known.kind() != EntityKind.PERSON && (owner.isEmpty() || owner.get().equals(known.country()))) {
            cast.mention(span, known);
            return;
        }
        // "Lake Malawi", "Mount Elgon", "Gulf of Aden": a feature's word before its name makes a place too
        boolean featureFirst = start < end && GEOGRAPHY_FIRST.contains(w.get(start).lower());
        if (NameForm.GEOGRAPHY.contains(w.get(end).lower()) || featureFirst || start > 0 && NameShapes.COMPASS.contains(w.get(start - 1).text())) {
            Actor place = cast.place(name, null);
            if (start > 0 && NameShapes.COMPASS.contains(w.get(start - 1).text())) {
                place.addAlias(new Span(w.get(start - 1).span().start(), span.end()).of(text));
            }
            cast.mention(span, place);
            return;
        }
        if (Lines.opensLine(text, w.get(start).span().start()) && NameShapes.dateline(w, start, end)) {
            // "CASTELVEDRA —" opening the body: where the story was filed, a place, however unknown
            Actor place = cast.place(name, null);
            place.addAlias(name);
            cast.mention(span, place);
            return;
        }
        Optional<String> institution = generic(w, start, end);
        if (institution.isPresent() || kb.institutionWithin(name).isPresent() || NameShapes.acronym(name) || countryEnds(w, start, end) || NameShapes.hasOrgWord(w, start, end) || start > 0 && NameShapes.BUSINESS_NOUNS.contains(w.get(start - 1).text()) || end > start && Titles.namesABody(w, start, end) || administers(w, start, end) || name.contains(".org") || name.contains(".com")) {
            Optional<Country> possessor = possessor(w, start);
            Optional<Country> seat = institution.isPresent() ? bodies.seatAfter(w, end) : Optional.empty();
            Country of = countryInside(w, start, end).or(() -> possessor).or(() -> seat).orElse(null);
            if (institution.isPresent() && of == null) {
                // "The Sabor passed the law": a country's institution named alone is the country's named before it
                Actor country = cast.lastBefore(span.start(), a -> a.kind() == EntityKind.COUNTRY);
                of = country == null ? null : country.country();
            }
            Actor org = institution.isPresent() && of != null
                    ? cast.institution(institution.get(), of, null, kb.institutionName(institution.get()))
                    : cast.organization(name, of);
            boolean qualified = possessor.isPresent() || seat.isPresent() && of == seat.get();
            // "Malawi's National Assembly": the bare name is every such country's body's, so alone it is no alias of this one
            if (institution.isEmpty() || !qualified) {
                org.addAlias(name);
            }
            if (possessor.isPresent()) {
                org.addAlias(new Span(w.get(start - 2).span().start(), span.end()).of(text));
            } else if (seat.isPresent() && of == seat.get()) {
                org.addAlias(new Span(span.start(), w.get(end + 2).span().end()).of(text));
            }
            cast.mention(span, org);
            Titles.kindAfter(text, w, end, org);
        } else if (end > start && placeRun(text, w, start, end)) {
            Actor place = cast.place(name, null);
            place.addAlias(name);
            cast.mention(span, place);
        } else if (end > start && !saysWhen(w, start, end) && !NameShapes.pluralMembers(w.get(end))) {
            Actor person = cast.person(name);
            person.addAlias(name);
            cast.mention(span, person);
            char gender = NameShapes.genderAround(w, start, end);
            if (gender != 0) {
                person.shows(gender);
            }
            Titles.appositive(text, w, end, person);
            titles.titleBefore(text, w, start, person);
            titles.titleAfter(text, w, end, person);
        }
    }

    /**
     * "the Region of Thessaly fined the company", "the Port of Rijeka signed the lease": a body that runs a place,
     * not the place itself, nor a person.
     */
    private static boolean administers(List<Word> w, int start, int end) {
        int head = w.get(start).is("the") ? start + 1 : start;
        return end > head + 1 && ADMINISTRATIONS.contains(w.get(head).lower()) && w.get(head).capitalised() && w.get(head + 1).is("of");
    }

    private static final Set<String> ADMINISTRATIONS = Set.of("region", "province", "county", "municipality", "district", "port", "city");

    /** "On Saturday, thousands lined the street": capitals that open a sentence with a day or month name nobody. */
    private static boolean saysWhen(List<Word> w, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (NameShapes.TIME.contains(w.get(k).lower()) && !w.get(k).is("am") && !w.get(k).is("pm")) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions after which a name of several words is where, not who: "in Orłów Śląski", "near Nova Gorica". */
    private static final Set<String> WHERE = Set.of("in", "near", "outside", "around");

    /**
     * A name of several words that is a place: after "in" or "near" (not a possessive: "in John Smith's view"), or
     * a dateline opening a line in capitals before a comma or dash ("ORŁÓW ŚLĄSKI, Poland –").
     */
    private static boolean placeRun(String text, List<Word> w, int start, int end) {
        String rest = text.substring(w.get(end).span().end(), Math.min(text.length(), w.get(end).span().end() + 2));
        boolean possessive = w.get(end).text().endsWith("'s") || w.get(end).text().endsWith("\u2019s") || rest.equals("'s") || rest.equals("\u2019s");
        if (start > 0 && WHERE.contains(w.get(start - 1).lower()) && !possessive) {
            return true;
        }
        return Lines.opensLine(text, w.get(start).span().start()) && NameShapes.dateline(w, start, end);
    }

    /** "UN-backed", "NATO-led": the acronym names an organisation; the compound is not part of a longer name. */
    private boolean compound(String text, Word x, ArticleCast cast) {
        if (!NameShapes.isCompound(x)) {
            return false;
        }
        String acronym = x.text().substring(0, x.text().indexOf('-'));
        Span span = new Span(x.span().start(), x.span().start() + acronym.length());
        Optional<Country> country = kb.countryNamed(acronym);
        Actor actor = country.isPresent() ? cast.country(country.get()) : cast.organization(acronym, null);
        actor.addAlias(acronym);
        cast.mention(span, actor);
        return true;
    }

    /** Second pass: a bare surname joins the person named in full in the same article. */
    private int readSurname(String text, List<Word> w, int i, ArticleCast cast) {
        Word x = w.get(i);
        if (!x.capitalised() || i + 1 < w.size() && w.get(i + 1).capitalised() || i > 0 && w.get(i - 1).capitalised()) {
            return i;
        }
        Actor person = cast.personBySurname(x.text());
        if (person != null) {
            person.addAlias(x.text());
            cast.mention(x.span(), person);
        } else if (bodies.governedFrom(w, i) || SeatedBodies.credit(w, i)) {
            int end = SeatedBodies.credit(w, i) ? i : i + 1;
            Span span = new Span(x.span().start(), w.get(end).span().end());
            Actor org = cast.organization(span.of(text), null);
            org.addAlias(span.of(text));
            cast.mention(span, org);
        } else if (!OPENERS.contains(x.lower()) && (PlaceNames.placeAt(w, i) || i > 0 && NameShapes.COMPASS.contains(w.get(i - 1).text())) && !kb.isRoleWord(x.text())
                && !NameShapes.TIME.contains(x.lower()) && kb.countryNamed(x.text()).isEmpty()
                && kb.countryOfCapital(x.text()).isEmpty() && kb.countryOfDemonym(x.text()).isEmpty()) {
            Actor place = cast.place(x.text(), null);
            if (i > 0 && NameShapes.COMPASS.contains(w.get(i - 1).text())) {
                place.addAlias(new Span(w.get(i - 1).span().start(), x.span().end()).of(text));
            }
            PlaceNames.addFeatureAlias(text, w, i, place);
            // "the town of Silves" is the town; "the Region of Thessaly", capitalised, is the body that runs it
            if (i >= 3 && w.get(i - 1).is("of") && NameShapes.PLACE_NOUNS.contains(w.get(i - 2).lower()) && !w.get(i - 2).capitalised()) {
                place.addAlias(new Span(w.get(i - 3).span().start(), x.span().end()).of(text));
            }
            cast.mention(x.span(), place);
        }
        return i;
    }

    /** "Egyptian Foreign Ministry" is Egypt's foreign ministry; "Libyan National Army" is a name of its own. */
    private Optional<String> generic(List<Word> w, int start, int end) {
        StringBuilder rest = new StringBuilder();
        for (int k = start; k <= end; k++) {
            String word = w.get(k).text();
            if (kb.countryOfDemonym(word).isEmpty() && kb.countryNamed(word).isEmpty()) {
                rest.append(word).append(' ');
            }
        }
        String remainder = rest.toString().strip();
        // "National Assembly of Kenya": the country's name leaves a dangling "of"
        String trimmed = remainder.endsWith(" of") ? remainder.substring(0, remainder.length() - 3) : remainder;
        return kb.institutionClass(trimmed);
    }

    /** "Greenpeace Indonesia", "Amnesty Kenya": a country closing a multi-word name makes it a national branch. */
    private boolean countryEnds(List<Word> w, int start, int end) {
        String last = w.get(end).text();
        return end > start && kb.countryNamed(last).isPresent() && !PERSONAL_COUNTRY_NAMES.contains(last);
    }

    private static final Set<String> PERSONAL_COUNTRY_NAMES = Set.of("Jordan", "Georgia", "Chad", "Israel", "Kenya");

    private Optional<Country> countryInside(List<Word> w, int start, int end) {
        for (int k = start; k <= end; k++) {
            String word = w.get(k).text();
            Optional<Country> c = kb.countryOfDemonym(word).or(() -> kb.countryNamed(word));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<Country> possessor(List<Word> w, int start) {
        if (start >= 2 && w.get(start - 1).kind() == Word.Kind.POSSESSIVE) {
            return kb.countryNamed(w.get(start - 2).text());
        }
        return Optional.empty();
    }
}
