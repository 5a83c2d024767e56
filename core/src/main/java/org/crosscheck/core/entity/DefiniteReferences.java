package org.crosscheck.core.entity;

import java.util.List;
import java.util.Locale;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.text.Span;

/**
 * "the river", "the ministry", "the sector": a definite noun alone refers to the place or body the article named
 * last with that noun ("the Drava river", "Chile's interior ministry"). People are never found this way.
 */
final class DefiniteReferences {

    /** Each reference looks back over the article's mentions: a bound keeps a pathological article linear. */
    private static final int MOST_PER_ARTICLE = 256;

    private final KnowledgeBase kb;
    private int remaining = MOST_PER_ARTICLE;

    private static final java.util.Set<String> GENERIC = java.util.Set.of("body", "organisation", "organization", "institution");

    /** One reader per article. */
    DefiniteReferences(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** "the North African nation": the member country of that region the article named last (as such, or by a place). */
    void readRegionalCountries(String text, List<Word> w, ArticleCast cast) {
        for (int i = 2; i < w.size() && remaining > 0; i++) {
            Word noun = w.get(i);
            if (!noun.is("nation") && !noun.is("country") && !noun.is("state")) {
                continue;
            }
            int the = w.get(i - 2).is("the") ? i - 2 : i >= 3 && w.get(i - 3).is("the") ? i - 3 : -1;
            if (the < 0) {
                continue;
            }
            String region = new Span(w.get(the + 1).span().start(), w.get(i - 1).span().end()).of(text);
            if (!kb.isRegion(region)) {
                continue;
            }
            remaining--;
            Actor place = cast.lastBefore(w.get(the).span().start(), a -> a.country() != null
                    && (a.kind() == EntityKind.COUNTRY || a.kind() == EntityKind.PLACE) && kb.inRegion(region, a.country()));
            if (place != null) {
                Actor country = cast.country(place.country());
                Span phrase = new Span(w.get(the).span().start(), noun.span().end());
                country.addAlias(phrase.of(text));
                cast.mention(phrase, country);
            }
        }
    }

    void read(String text, List<Word> w, ArticleCast cast) {
        for (int i = 0; i < w.size() && remaining > 0; i++) {
            Word x = w.get(i);
            if (i == 0 && MEMBERS.contains(x.lower()) && i + 1 < w.size() && !w.get(i + 1).capitalised()) {
                // "Lawmakers passed the act by 78 votes to 61": the members voting are the legislature acting
                remaining--;
                Actor legislature = cast.lastBefore(x.span().start(), a -> a.kind() == EntityKind.ORGANIZATION
                        && "parliament".equals(a.institution()));
                if (legislature != null) {
                    cast.mention(x.span(), legislature);
                }
                continue;
            }
            boolean bare = bareLegislature(w, i);
            if (!bare && (i == 0 || !w.get(i - 1).is("the") || x.kind() != Word.Kind.WORD || x.capitalised())
                    || i + 1 < w.size() && (w.get(i + 1).capitalised() || w.get(i + 1).is("of"))) {
                continue;
            }
            String noun = x.lower();
            if (!headNoun(noun)) {
                continue; // "the end", "the officials": no place or body is meant
            }
            Span phrase = bare ? x.span() : new Span(w.get(i - 1).span().start(), x.span().end());
            remaining--;
            Actor meant = cast.lastBefore(x.span().start(), a -> fits(a, noun) || NameShapes.BUSINESS_NOUNS.contains(noun) && business(a, text, cast));
            // "the union" is the National Union of Railway Workers only when no body named before ends in "union";
            // never "the court": a story names the court that tried the case and the ones it goes to next, and
            // "the court" is mostly the first, not the last named
            meant = meant == null && !noun.equals("court") ? cast.lastBefore(x.span().start(), a -> headedBy(a, noun)) : meant;
            meant = meant == null && bare ? Descriptions.legislatureOfTheCountry(cast, x.span().start(), kb) : meant;
            if (meant != null) {
                meant.addAlias(phrase.of(text));
                cast.mention(phrase, meant);
            }
        }
    }

    /** Members who act as their legislature when they open a sentence: "Lawmakers passed …", "MPs voted …". */
    private static final java.util.Set<String> MEMBERS = java.util.Set.of("lawmakers", "legislators", "deputies", "mps", "senators",
            "parliamentarians");
    private static final java.util.Set<String> LEGISLATURES = java.util.Set.of("parliament", "congress", "senate", "legislature");
    private static final java.util.Set<String> BARE_BEFORE = java.util.Set.of("by", "in", "to", "from", "that", "and", "as", "for",
            "when", "after", "before", "while", "which", "since", "until", "through");

    /**
     * "passed by parliament", "Parliament approved the act": a legislature named by its noun alone, without "the",
     * is the one the article named last, as "the parliament" would be.
     */
    private static boolean bareLegislature(List<Word> w, int i) {
        Word x = w.get(i);
        if (x.kind() != Word.Kind.WORD || !LEGISLATURES.contains(x.lower())) {
            return false;
        }
        // words are read sentence by sentence: the first word opens one
        if (i == 0) {
            return true;
        }
        Word before = w.get(i - 1);
        return !x.capitalised() && (before.kind() == Word.Kind.PUNCT || BARE_BEFORE.contains(before.lower()));
    }

    /** Nouns that head a place or a body's name; plurals ("the forces") name people, not one body. */
    private static boolean headNoun(String noun) {
        return NameShapes.BUSINESS_NOUNS.contains(noun) || PlaceNames.FEATURES.contains(noun) || GENERIC.contains(noun) || SeatedBodies.BODY_NOUNS.contains(noun)
                || NameShapes.ORG_WORDS.contains(noun) && !noun.endsWith("s");
    }

    /** A place whose alias holds a feature word equal to the noun, or a body one of whose names ends with it. */
    private static boolean fits(Actor a, String noun) {
        if (a.kind() == EntityKind.PLACE && noun.equals("capital") && a.country() != null) {
            return a.country().capitals().contains(a.name()); // "to take the capital": the capital named last
        }
        if (a.kind() == EntityKind.PLACE) {
            return PlaceNames.FEATURES.contains(noun) && a.aliases().stream()
                    .anyMatch(alias -> List.of(alias.toLowerCase(Locale.ROOT).split(" ")).contains(noun));
        }
        if (a.kind() != EntityKind.ORGANIZATION && a.kind() != EntityKind.GROUP) {
            return false;
        }
        if (GENERIC.contains(noun)) {
            return a.kind() == EntityKind.ORGANIZATION; // "the body": the body named last, whatever its name
        }
        return a.aliases().stream().map(alias -> alias.toLowerCase(Locale.ROOT))
                .anyMatch(alias -> NameShapes.headedAs(alias, noun) && !alias.startsWith("the " + noun));
    }

    /** A body whose name has the noun as its head before "of": "the Ministry of Infrastructure", "National Union of Railway Workers". */
    private static boolean headedBy(Actor a, String noun) {
        if (a.kind() != EntityKind.ORGANIZATION && a.kind() != EntityKind.GROUP) {
            return false;
        }
        return a.aliases().stream().map(alias -> alias.toLowerCase(Locale.ROOT)).anyMatch(alias -> {
            int of = alias.indexOf(" of ");
            String head = of < 0 ? "" : alias.substring(0, of);
            return head.equals(noun) || head.endsWith(" " + noun);
        });
    }

    /**
     * Words that mark a body as public or civic, whatever else its name says: "the Chilean Steel Industry
     * Association" and "the State Mining Inspectorate" are not "the company".
     */
    private static final java.util.Set<String> NOT_BUSINESS = java.util.Set.of("ministry", "government", "parliament",
            "council", "court", "police", "agency", "authority", "commission", "office", "service", "guard", "army",
            "union", "association", "federation", "party", "committee", "assembly", "university", "hospital",
            "department", "bureau", "directorate", "inspectorate", "tribunal", "embassy", "institute", "foundation",
            "chamber", "state", "national", "region", "act");

    /** A business noun right before a name or in the description after it: "the state-owned operator Lusorail". */
    private static final String CALLED = "(?:" + String.join("|", NameShapes.BUSINESS_NOUNS) + "|group)";
    private static final java.util.regex.Pattern CALLED_BEFORE = java.util.regex.Pattern.compile("\\b" + CALLED + "\\s+$");
    private static final java.util.regex.Pattern CALLED_AFTER = java.util.regex.Pattern.compile(
            "^,\\s+(?:a|an|the)\\s+[^,.;:\"“”]{0,40}?\\b" + CALLED + "\\b");

    /**
     * An organisation the article shows to be a business, by its name or by what it is called where it is named:
     * "the company" then means it, never the ministry, the region or the outlet named last.
     */
    private static boolean business(Actor a, String text, ArticleCast cast) {
        if (a.kind() != EntityKind.ORGANIZATION || a.institution() != null) {
            return false;
        }
        java.util.Set<String> words = a.aliases().stream()
                .flatMap(alias -> java.util.Arrays.stream(alias.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .collect(java.util.stream.Collectors.toSet());
        if (words.stream().anyMatch(NOT_BUSINESS::contains)) {
            return false;
        }
        return words.stream().anyMatch(NameShapes.COMPANY_WORDS::contains) || cast.spansOf(a).stream().anyMatch(at ->
                CALLED_BEFORE.matcher(text.substring(Math.max(0, at.start() - 40), at.start())).find()
                        || CALLED_AFTER.matcher(text.substring(at.end(), Math.min(text.length(), at.end() + 60))).find());
    }
}
