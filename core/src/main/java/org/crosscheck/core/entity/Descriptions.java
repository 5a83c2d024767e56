package org.crosscheck.core.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.attribution.Words;
import org.crosscheck.core.text.Span;

/**
 * Actors named by description rather than by name, read once the article's names are known: a country's
 * institutions ("the Turkish presidency", "Libya's eastern-based parliament", "the legislature"), office holders
 * ("the Egyptian minister", "The US president") and counterparts ("his Turkish counterpart" holds the rank of the
 * person just mentioned, in the other country). A description that fits no one adds nothing.
 */
final class Descriptions {

    private static final Set<String> ANAPHORIC = Set.of("rival", "same", "new", "former", "current", "said", "then");

    private final KnowledgeBase kb;

    Descriptions(KnowledgeBase kb) {
        this.kb = kb;
    }

    void read(String text, List<Sentence> sentences, ArticleCast cast) {
        for (Sentence s : sentences) {
            List<Word> w = Words.of(text, s.span(), List.of());
            for (int i = 0; i < w.size(); i++) {
                int next = Math.max(officeHolder(text, w, i, cast), newOfficeHolder(text, w, i, cast));
                next = next > i ? next : ownCountry(text, w, i, cast);
                i = next > i ? next : institution(text, w, i, cast);
            }
        }
    }

    private static final Set<String> NEWCOMER = Set.of("new", "interim", "acting", "caretaker", "future", "incoming");

    /**
     * "a new interim Libyan prime minister", unnamed: an indefinite description brings a new person into the story,
     * never one already named, so it is a person of its own known by that description.
     */
    private int newOfficeHolder(String text, List<Word> w, int i, ArticleCast cast) {
        if (!w.get(i).is("a") && !w.get(i).is("an")) {
            return i;
        }
        int j = i + 1;
        while (j < w.size() && NEWCOMER.contains(w.get(j).lower())) {
            j++;
        }
        Optional<Country> country = j < w.size() ? kb.countryOfDemonym(w.get(j).text()) : Optional.empty();
        if (country.isEmpty()) {
            return i;
        }
        int roleStart = ++j;
        while (j < w.size() && w.get(j).kind() == Word.Kind.WORD && !w.get(j).capitalised() && kb.isRoleWord(w.get(j).text())) {
            j++;
        }
        Optional<String> rank = kb.rankWithin(new Span(w.get(i).span().start(), w.get(Math.max(roleStart, j - 1)).span().end()).of(text));
        if (j == roleStart || rank.isEmpty() || j < w.size() && w.get(j).capitalised()) {
            return i;
        }
        Span phrase = new Span(w.get(i).span().start(), w.get(j - 1).span().end());
        Actor person = cast.person(phrase.of(text));
        person.addAlias(phrase.of(text));
        person.holdsRank(rank.get(), country.get());
        cast.mention(phrase, person);
        return j - 1;
    }

    /** "[the|his] [Demonym|Country's] role words", not followed by a name: the person of the article holding that office. */
    private int officeHolder(String text, List<Word> w, int i, ArticleCast cast) {
        int j = i;
        if (w.get(j).is("the") || w.get(j).is("his") || w.get(j).is("her") || w.get(j).is("their")) {
            j++;
        }
        Country country = null;
        while (j < w.size()) {
            Word x = w.get(j);
            Optional<Country> c = kb.countryOfDemonym(x.text()).or(() -> kb.countryNamed(x.text()));
            if (c.isPresent()) {
                country = c.get();
            } else if (x.kind() != Word.Kind.POSSESSIVE) {
                break;
            }
            j++;
        }
        int roleStart = j;
        while (j < w.size() && w.get(j).kind() == Word.Kind.WORD && (kb.isRoleWord(w.get(j).text())
                || j > roleStart && w.get(j).is("and") && j + 1 < w.size() && kb.isRoleWord(w.get(j + 1).text()))) {
            j++;
        }
        if (country != null && j == roleStart && j < w.size() && w.get(j).is("capital") && !country.capitals().isEmpty()) {
            // "the Egyptian capital": the country's capital city
            Actor capital = cast.place(country.capitals().get(0), country);
            Span phrase = new Span(w.get(i).span().start(), w.get(j).span().end());
            capital.addAlias(phrase.of(text));
            cast.mention(phrase, capital);
            return j;
        }
        if (country == null || j == roleStart || j < w.size() && (w.get(j).capitalised() || w.get(j).isPunct(','))) {
            return i;
        }
        Span phrase = new Span(w.get(i).span().start(), w.get(j - 1).span().end());
        String roles = new Span(w.get(roleStart).span().start(), phrase.end()).of(text);
        String rank = kb.rankWithin(roles).orElse(null);
        if (roles.toLowerCase(java.util.Locale.ROOT).contains("counterpart")) {
            Actor other = cast.lastBefore(phrase.start(), a -> a.kind() == EntityKind.PERSON && a.rank() != null);
            rank = other == null ? null : other.rank();
        }
        String lastRole = w.get(j - 1).lower();
        boolean plural = lastRole.endsWith("s") && kb.isRoleWord(lastRole.substring(0, lastRole.length() - 1));
        Actor holder = plural ? cast.group(phrase.of(text)) : holder(cast, phrase.start(), rank, country);
        if (holder == null) {
            return i;
        }
        holder.addAlias(phrase.of(text));
        cast.mention(phrase, holder);
        return j - 1;
    }

    /** The latest person holding {@code rank} (a bare "minister" fits any minister) in {@code country}; else the first after. */
    static Actor holder(ArticleCast cast, int before, String rank, Country country) {
        java.util.function.Predicate<Actor> fits = a -> a.kind() == EntityKind.PERSON
                && (country == null || country.equals(a.country())) && rank != null
                && (rank.equals(a.rank()) || "minister".equals(rank) && a.rank() != null && a.rank().endsWith("minister"));
        Actor earlier = cast.lastBefore(before, fits);
        return earlier != null ? earlier : cast.actors().stream().filter(fits).findFirst().orElse(null);
    }

    /** "the Turkish presidency", "Libya's eastern-based parliament", "the legislature", "the council". */
    private int institution(String text, List<Word> w, int i, ArticleCast cast) {
        Optional<String> kind = Optional.empty();
        int end = i;
        for (int len = 3; len >= 1 && kind.isEmpty(); len--) {
            if (i + len <= w.size() && !w.get(i).capitalised() && allWords(w, i, i + len)) {
                kind = kb.institutionClass(new Span(w.get(i).span().start(), w.get(i + len - 1).span().end()).of(text));
                end = i + len - 1;
            }
        }
        if (kind.isEmpty()) {
            return sameOrganisation(text, w, i, cast);
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
            } else if (x.kind() == Word.Kind.WORD && !x.capitalised() && (x.text().contains("-") || ANAPHORIC.contains(x.lower()))) {
                qualifier = ANAPHORIC.contains(x.lower()) ? qualifier : x.lower();
                start = k;
            } else {
                break;
            }
        }
        if (country == null && end + 2 < w.size() && w.get(end + 1).is("of")) {
            country = kb.countryNamed(w.get(end + 2).text()).orElse(null);
        }
        // "a coastguard official", "coastguard spokeswoman Eleni Vourdaki": a body's name used of one of its people does
        // not say which country's body; taken for the body named last, it would be the Turkish coastguard in a Greek story
        boolean ofItsPeople = start > 0 && (w.get(start - 1).is("a") || w.get(start - 1).is("an"))
                || end + 1 < w.size() && !w.get(end + 1).capitalised() && kb.isRoleWord(w.get(end + 1).text());
        if (country == null && ofItsPeople) {
            return end;
        }
        Span span = new Span(w.get(start).span().start(), w.get(end).span().end());
        String wanted = kind.get();
        Actor actor = country != null ? cast.institution(wanted, country, qualifier, kb.institutionName(wanted))
                : cast.lastBefore(span.start(), a -> wanted.equals(a.institution()));
        if (actor == null && "government".equals(wanted)) {
            // "She called on the government": with no government named yet, the government of the person just named
            Actor person = cast.lastBefore(span.start(), a -> a.kind() == EntityKind.PERSON && a.country() != null);
            actor = person == null ? null : cast.institution(wanted, person.country(), null, kb.institutionName(wanted));
        }
        if (actor == null && "parliament".equals(wanted)) {
            actor = legislatureOfTheCountry(cast, span.start(), kb);
        }
        if (actor != null) {
            actor.addAlias(span.of(text));
            cast.mention(span, actor);
        }
        return end;
    }

    /**
     * "Since parliament passed the law": with no legislature named yet, the legislature of the country the article
     * named last, by name or by one of its towns (a story from Rijeka means Croatia's parliament). Null when none.
     */
    static Actor legislatureOfTheCountry(ArticleCast cast, int before, KnowledgeBase kb) {
        Actor where = cast.lastBefore(before, a -> a.country() != null && (a.kind() == EntityKind.COUNTRY || a.kind() == EntityKind.PLACE));
        return where == null ? null : cast.institution("parliament", where.country(), null, kb.institutionName("parliament"));
    }

    private static boolean allWords(List<Word> w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.get(k).kind() != Word.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    /** "his country": the country of the person the article is about just then. */
    private int ownCountry(String text, List<Word> w, int i, ArticleCast cast) {
        if (i + 1 >= w.size() || !(w.get(i).is("his") || w.get(i).is("her")) || !w.get(i + 1).is("country")) {
            return i;
        }
        Span phrase = new Span(w.get(i).span().start(), w.get(i + 1).span().end());
        Actor person = cast.lastBefore(phrase.start(), a -> a.kind() == EntityKind.PERSON);
        if (person != null && person.country() != null) {
            Actor country = cast.country(person.country());
            country.addAlias(phrase.of(text));
            cast.mention(phrase, country);
            return i + 1;
        }
        return i;
    }

    /** "the council" after "Libya's Presidential Council": the organisation named just before. */
    private int sameOrganisation(String text, List<Word> w, int i, ArticleCast cast) {
        if (i == 0 || !w.get(i - 1).is("the") || w.get(i).capitalised() || w.get(i).kind() != Word.Kind.WORD) {
            return i;
        }
        String noun = w.get(i).lower();
        Actor org = cast.lastBefore(w.get(i).span().start(), a -> a.kind() == EntityKind.ORGANIZATION
                && NameShapes.headedAs(NameForm.fold(a.name()), noun));
        if (org != null) {
            Span span = new Span(w.get(i - 1).span().start(), w.get(i).span().end());
            org.addAlias(span.of(text));
            cast.mention(span, org);
        }
        return i;
    }
}
