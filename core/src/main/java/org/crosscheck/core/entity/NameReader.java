package org.crosscheck.core.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.attribution.Words;
import org.crosscheck.core.text.Span;

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
            "what", "why", "how", "who", "there", "then", "also", "despite", "during", "among", "under", "over");
    private static final Set<String> CONNECTORS = Set.of("of", "al", "el", "bin", "ibn", "de", "da", "van", "von", "la", "du");
    private static final Set<String> LOCATIVE = Set.of("in", "to", "from", "near", "into", "at", "outside", "around");
    private static final Set<String> ORG_WORDS = Set.of("organization", "organisation", "council", "army", "forum",
            "conference", "group", "agency", "party", "front", "union", "court", "bank", "committee", "assembly",
            "ministry", "government", "accord", "movement", "forces", "tv", "news", "press", "times", "post", "institute",
            "university", "brigade", "coalition", "alliance", "company", "corporation", "league", "fund", "association",
            "commission", "office", "service", "guard", "police", "network", "agence", "reuters", "media");
    private static final Set<String> ANAPHORIC = Set.of("rival", "same", "new", "former", "current", "country's", "said");

    private final KnowledgeBase kb;

    public NameReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    public void read(String text, List<Sentence> sentences, ArticleCast cast) {
        Set<String> midCaps = new HashSet<>();
        for (Sentence s : sentences) {
            List<Word> w = Words.of(text, s.span(), List.of());
            for (int i = 1; i < w.size(); i++) {
                if (w.get(i).capitalised()) {
                    midCaps.add(w.get(i).text());
                }
            }
        }
        for (boolean fullNames : new boolean[] {true, false}) {
            for (Sentence s : sentences) {
                List<Word> w = Words.of(text, s.span(), List.of());
                for (int i = 0; i < w.size(); i++) {
                    i = fullNames ? readAt(text, w, i, cast, midCaps) : readSurname(w, i, cast);
                }
            }
        }
    }

    private int readAt(String text, List<Word> w, int i, ArticleCast cast, Set<String> midCaps) {
        int titled = titledPerson(text, w, i, cast);
        if (titled > i) {
            return titled;
        }
        if (!w.get(i).capitalised()) {
            return institution(text, w, i, cast);
        }
        int end = i;
        while (end + 1 < w.size() && (w.get(end + 1).capitalised() || CONNECTORS.contains(w.get(end + 1).text())
                && end + 2 < w.size() && w.get(end + 2).capitalised())) {
            end++;
        }
        int start = i;
        if (i == 0 && OPENERS.contains(w.get(0).lower()) && !midCaps.contains(w.get(0).text())) {
            start++;
        }
        if (start <= end) {
            classify(text, w, start, end, cast, i == 0 && start == end && !midCaps.contains(w.get(start).text()));
        }
        return end;
    }

    /** Title words (with any demonym or country) followed by a name: a person holding that role. */
    private int titledPerson(String text, List<Word> w, int i, ArticleCast cast) {
        int j = i;
        boolean possessor = w.get(j).is("his") || w.get(j).is("her") || w.get(j).is("their");
        if (possessor || w.get(j).is("the")) {
            j++;
        }
        Country country = null;
        boolean role = false;
        int zoneStart = j;
        while (j < w.size() && w.get(j).kind() != Word.Kind.PUNCT) {
            Word x = w.get(j);
            Optional<Country> c = kb.countryOfDemonym(x.text()).or(() -> kb.countryNamed(x.text()));
            if (x.kind() == Word.Kind.POSSESSIVE || c.isPresent() && !role) {
                country = c.orElse(country);
            } else if (kb.isRoleWord(x.text()) || role && x.is("and") && j + 1 < w.size() && kb.isRoleWord(w.get(j + 1).text())) {
                role = true;
            } else {
                break;
            }
            j++;
        }
        if (!role || j == zoneStart) {
            return i;
        }
        int zoneEnd = j;
        if (j < w.size() && w.get(j).isPunct(',')) {
            j++;
        }
        int nameStart = j;
        while (j < w.size() && w.get(j).capitalised() && !kb.isRoleWord(w.get(j).text())
                || j < w.size() && j > nameStart && CONNECTORS.contains(w.get(j).text()) && j + 1 < w.size() && w.get(j + 1).capitalised()) {
            j++;
        }
        if (j - nameStart < 1 || kb.countryNamed(w.get(nameStart).text()).isPresent()) {
            return i;
        }
        Span title = new Span(w.get(possessor ? i : zoneStart).span().start(), w.get(zoneEnd - 1).span().end());
        Span name = new Span(w.get(nameStart).span().start(), w.get(j - 1).span().end());
        Actor person = j - nameStart == 1 ? cast.personBySurname(name.of(text)) : cast.person(name.of(text));
        if (person == null) {
            person = cast.person(name.of(text));
        }
        String titleText = title.of(text);
        String rank = kb.rankWithin(titleText).orElse(null);
        if (titleText.toLowerCase(java.util.Locale.ROOT).contains("counterpart")) {
            Actor other = cast.lastBefore(title.start(), a -> a.rank() != null);
            rank = other == null ? null : other.rank();
        }
        person.holdsRank(rank, country);
        person.addAlias(titleText);
        person.addAlias(name.of(text));
        cast.mention(name, person);
        return j - 1;
    }

    private void classify(String text, List<Word> w, int start, int end, ArticleCast cast, boolean doubtful) {
        Span span = new Span(w.get(start).span().start(), w.get(end).span().end());
        String name = span.of(text);
        Optional<Country> country = kb.countryNamed(name);
        if (country.isPresent()) {
            cast.mention(span, cast.country(country.get()));
            return;
        }
        Optional<Country> capitalOf = kb.countryOfCapital(name);
        if (capitalOf.isPresent()) {
            cast.mention(span, cast.place(name, capitalOf.get()));
            return;
        }
        if (doubtful || kb.countryOfDemonym(name).isPresent()) {
            return;
        }
        Optional<String> institution = kb.institutionWithin(name);
        boolean acronym = name.length() > 1 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (institution.isPresent() || acronym || hasOrgWord(w, start, end)) {
            Country of = countryInside(w, start, end).or(() -> possessor(w, start)).orElse(null);
            Actor org = institution.isPresent() && !hasCapitalisedOf(w, start, end) && of != null
                    ? cast.institution(institution.get(), of, null, kb.institutionName(institution.get()))
                    : cast.organization(name, of);
            org.addAlias(name);
            cast.mention(span, org);
            return;
        }
        if (end > start) {
            Actor person = cast.person(name);
            person.addAlias(name);
            cast.mention(span, person);
        } else if (start > 0 && LOCATIVE.contains(w.get(start - 1).lower())) {
            cast.mention(span, cast.place(name, null));
        }
    }

    /** Second pass: a bare surname joins the person named in full in the same article. */
    private int readSurname(List<Word> w, int i, ArticleCast cast) {
        Word x = w.get(i);
        if (!x.capitalised() || i + 1 < w.size() && w.get(i + 1).capitalised() || i > 0 && w.get(i - 1).capitalised()) {
            return i;
        }
        Actor person = cast.personBySurname(x.text());
        if (person != null) {
            person.addAlias(x.text());
            cast.mention(x.span(), person);
        }
        return i;
    }

    /** "the Turkish presidency", "Libya's eastern-based parliament", "the legislature": a country's institution. */
    private int institution(String text, List<Word> w, int i, ArticleCast cast) {
        Optional<String> kind = Optional.empty();
        int end = i;
        for (int len = 3; len >= 1 && kind.isEmpty(); len--) {
            if (i + len <= w.size()) {
                String phrase = new Span(w.get(i).span().start(), w.get(i + len - 1).span().end()).of(text);
                kind = kb.institutionClass(phrase);
                end = i + len - 1;
            }
        }
        if (kind.isEmpty()) {
            return i;
        }
        Country country = null;
        String qualifier = null;
        int start = i;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Word x = w.get(k);
            Optional<Country> c = kb.countryOfDemonym(x.text()).or(() -> kb.countryNamed(x.text()));
            if (c.isPresent()) {
                country = c.get();
                start = k;
            } else if (x.kind() == Word.Kind.POSSESSIVE || x.is("the")) {
                start = k;
            } else if (x.kind() == Word.Kind.WORD && !x.capitalised() && x.text().contains("-") || ANAPHORIC.contains(x.lower())) {
                qualifier = ANAPHORIC.contains(x.lower()) ? qualifier : x.lower();
                start = k;
            } else {
                break;
            }
        }
        if (country == null && end + 2 < w.size() && w.get(end + 1).is("of")) {
            country = kb.countryNamed(w.get(end + 2).text()).orElse(null);
        }
        Span span = new Span(w.get(start).span().start(), w.get(end).span().end());
        Actor actor;
        if (country != null) {
            actor = cast.institution(kind.get(), country, qualifier, kb.institutionName(kind.get()));
        } else {
            String wanted = kind.get();
            actor = cast.lastBefore(span.start(), a -> wanted.equals(a.institution()));
        }
        if (actor != null) {
            actor.addAlias(span.of(text));
            cast.mention(span, actor);
        }
        return end;
    }

    private boolean hasOrgWord(List<Word> w, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (ORG_WORDS.contains(w.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapitalisedOf(List<Word> w, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (w.get(k).is("of") && k + 1 <= end && w.get(k + 1).capitalised()) {
                return true;
            }
        }
        return false;
    }

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
