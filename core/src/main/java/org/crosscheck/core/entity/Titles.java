package org.crosscheck.core.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.text.Span;

/**
 * People named with their office: "Turkish Foreign Minister Mevlut Cavusoglu", "her Turkish counterpart Mevlüt
 * Çavuşoğlu" (a counterpart holds the rank of the person just mentioned), and appositions such as "Hakan Fidan,
 * head of the National Intelligence Organization". The title becomes another name of the person, and gives the
 * person a rank and a country that later descriptions ("the Egyptian minister") are matched against.
 */
final class Titles {

    static final Set<String> APPOSITIVE_HEADS = Set.of("head", "chief", "leader", "chairman", "chairwoman", "director",
            "spokesman", "spokeswoman", "spokesperson", "commander", "founder", "president", "secretary-general", "governor");

    private static final Set<String> QUALIFIERS = Set.of("former", "then", "late", "eastern", "western", "northern",
            "southern", "longtime", "veteran", "military", "exiled", "ousted", "deposed", "rebel", "opposition", "new",
            "outgoing", "incoming", "embattled", "powerful");

    private final KnowledgeBase kb;

    Titles(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * "Industry Minister", "Maritime Affairs Minister", "Economy and Finance Minister": capitalised words naming a
     * portfolio, up to three, right before a ranked role word.
     */
    private boolean portfolioBefore(List<Word> w, int j) {
        for (int k = j + 1; k < w.size() && k <= j + 3; k++) {
            Word next = w.get(k);
            if (next.capitalised() && kb.isRoleWord(next.text()) && kb.rankWithin(next.text()).isPresent()) {
                return true;
            }
            if (!next.capitalised() && !next.is("and")) {
                return false;
            }
        }
        return false;
    }

    /** Title words (with any demonym or country) followed by a name: a person holding that role. */
    int read(String text, List<Word> w, int i, ArticleCast cast) {
        int j = i;
        boolean possessor = w.get(j).is("his") || w.get(j).is("her") || w.get(j).is("their");
        if (possessor || w.get(j).is("the")) {
            j++;
        } else if (w.get(j).capitalised() && j + 2 < w.size() && w.get(j + 1).kind() == Word.Kind.POSSESSIVE
                && kb.isRoleWord(w.get(j + 2).text()) && kb.countryNamed(w.get(j).text()).isEmpty()) {
            possessor = true; // "Herrera's spokesman, Diego Fuentes"
            j += 2;
        }
        Country country = null;
        boolean role = false;
        int zoneStart = j;
        while (j < w.size() && w.get(j).kind() != Word.Kind.PUNCT) {
            Word x = w.get(j);
            Optional<Country> c = kb.countryOfDemonym(x.text()).or(() -> kb.countryNamed(x.text()))
                    .or(() -> x.capitalised() ? kb.countryOfCapital(x.text()) : Optional.empty());
            if (x.kind() == Word.Kind.POSSESSIVE || c.isPresent()) {
                country = c.orElse(country);
            } else if (kb.isRoleWord(x.text()) || role && x.is("and") && j + 1 < w.size() && kb.isRoleWord(w.get(j + 1).text())
                    || x.capitalised() && portfolioBefore(w, j)) {
                role = true;
            } else if (!x.capitalised() && x.kind() == Word.Kind.WORD && (QUALIFIERS.contains(x.lower()) || x.text().contains("-"))
                    && j + 1 < w.size() && w.get(j + 1).kind() == Word.Kind.WORD) {
                j++; // "long-time dictator", "eastern warlord": a qualifier counts only if a role follows
                continue;
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
                || j < w.size() && j > nameStart && NameShapes.CONNECTORS.contains(w.get(j).text()) && j + 1 < w.size() && w.get(j + 1).capitalised()) {
            j++;
        }
        if (j - nameStart < 1 || kb.countryNamed(w.get(nameStart).text()).isPresent() || NameShapes.hasOrgWord(w, nameStart, j - 1)
                || kb.countryOfDemonym(w.get(nameStart).text()).isPresent() || NameShapes.TIME.contains(w.get(nameStart).lower())
                || kb.institutionWithin(new Span(w.get(nameStart).span().start(), w.get(j - 1).span().end()).of(text)).isPresent()) {
            return i;
        }
        Span title = new Span(w.get(possessor ? i : zoneStart).span().start(), w.get(zoneEnd - 1).span().end());
        Span name = new Span(w.get(nameStart).span().start(), w.get(j - 1).span().end());
        Actor person = j - nameStart == 1 ? cast.personBySurname(name.of(text)) : cast.person(name.of(text));
        if (person == null) {
            person = cast.person(name.of(text));
        }
        String titleText = title.of(text);
        String rank = kb.rankWithin(titleText).filter(r -> !r.equals("honorific")).orElse(null);
        if (titleText.toLowerCase(java.util.Locale.ROOT).contains("counterpart")) {
            Actor other = cast.lastBefore(title.start(), a -> a.rank() != null);
            rank = other == null ? null : other.rank();
        }
        person.holdsRank(rank, country);
        if (titleText.contains(" ")) {
            person.addAlias(titleText);
            String rest = titleText.substring(titleText.indexOf(' ') + 1);
            if (QUALIFIERS.contains(titleText.substring(0, titleText.indexOf(' '))) && rest.contains(" ")) {
                person.addAlias(rest); // "ousted long-time dictator" is also a "long-time dictator"
            }
        }
        person.addAlias(titleText + " " + name.of(text));
        appositive(text, w, j - 1, person);
        person.addAlias(name.of(text));
        cast.mention(name, person);
        char gender = NameShapes.genderAround(w, i, j - 1);
        if (gender != 0) {
            person.shows(gender);
        }
        return j - 1;
    }

    /** "Hakan Fidan, head of the National Intelligence Organization (MİT)": the description is another name for him. */
    static void appositive(String text, List<Word> w, int nameEnd, Actor person) {
        int k = nameEnd + 1;
        if (k + 2 >= w.size() || !w.get(k).isPunct(',')) {
            return;
        }
        int from = k + 1;
        int head = w.get(from).is("the") ? from + 1 : from;
        if (head + 1 >= w.size() || !APPOSITIVE_HEADS.contains(w.get(head).lower()) || !w.get(head + 1).is("of")) {
            return;
        }
        person.addAlias(new Span(w.get(from).span().start(), w.get(untilComma(w, head + 1)).span().end()).of(text));
    }

    /**
     * "Meridian Ports Holding, a consortium led by a Rotterdam-based operator": the kind of body the apposition names
     * is another name of it, so "the consortium" later in the article is that body.
     */
    static void kindAfter(String text, List<Word> w, int nameEnd, Actor body) {
        int kind = kindNounAfter(w, nameEnd);
        if (kind >= 0) {
            body.addAlias(new Span(w.get(nameEnd + 2).span().start(), w.get(kind).span().end()).of(text));
        }
    }

    /**
     * "Clean Argeș, a civic group set up in 2019" and "the civic group Clean Argeș": a name that a kind of body stands
     * beside names that body, however much it looks like a person's name.
     */
    static boolean namesABody(List<Word> w, int nameStart, int nameEnd) {
        Word before = nameStart > 0 ? w.get(nameStart - 1) : null;
        boolean kindBefore = before != null && before.kind() == Word.Kind.WORD && !before.capitalised()
                && NameShapes.ORG_WORDS.contains(before.lower()) && !before.lower().endsWith("s");
        return kindBefore || kindNounAfter(w, nameEnd) >= 0;
    }

    /** Where the kind of body in an apposition right after a name ends (", a consortium led by ..."), or -1. */
    private static int kindNounAfter(List<Word> w, int nameEnd) {
        int k = nameEnd + 1;
        if (k + 2 >= w.size() || !w.get(k).isPunct(',') || !(w.get(k + 1).is("a") || w.get(k + 1).is("an") || w.get(k + 1).is("the"))) {
            return -1;
        }
        for (int j = k + 2; j < w.size() && j <= k + 4 && w.get(j).kind() == Word.Kind.WORD; j++) {
            String noun = w.get(j).lower();
            if (NameShapes.ORG_WORDS.contains(noun) && !noun.endsWith("s")) {
                // the body's kind heads the apposition ("a civic group set up in 2019"); in "the union's leader" or
                // "a union official" it only qualifies a person
                Word next = j + 1 < w.size() ? w.get(j + 1) : null;
                boolean possessive = next != null && (next.text().startsWith("'") || next.text().startsWith("\u2019"));
                boolean heads = next == null || !possessive && (next.kind() != Word.Kind.WORD || AFTER_KIND.contains(next.lower()));
                return heads ? j : -1;
            }
        }
        return -1;
    }

    private static final Set<String> AFTER_KIND = Set.of("led", "set", "founded", "formed", "created",
            "based", "that", "which", "of", "for", "in", "with", "representing", "campaigning", "behind", "and", "run", "owned");

    private static int untilComma(List<Word> w, int from) {
        int to = from;
        while (to + 1 < w.size() && !w.get(to + 1).isPunct(',') && !w.get(to + 1).isPunct('.') && !w.get(to + 1).isPunct(';')) {
            to++;
        }
        return to;
    }

    /**
     * "of the then president of Chile and an ally of Lima, Ana Rojas": a title set before the name, between commas,
     * is another name of the person (up to its first "and").
     */
    void titleBefore(String text, List<Word> w, int nameStart, Actor person) {
        if (nameStart < 3 || !w.get(nameStart - 1).isPunct(',')) {
            return;
        }
        for (int j = nameStart - 2; j >= 0 && j >= nameStart - 14 && w.get(j).kind() == Word.Kind.WORD; j--) {
            int role = j + 1 < nameStart && (w.get(j + 1).is("then") || w.get(j + 1).is("former")) ? j + 2 : j + 1;
            if (w.get(j).is("the") && role < nameStart - 1 && !w.get(role).capitalised() && kb.isRoleWord(w.get(role).text())) {
                int end = j + 1;
                while (end + 1 < nameStart - 1 && !w.get(end + 1).is("and")) {
                    end++;
                }
                person.addAlias(new Span(w.get(j).span().start(), w.get(end).span().end()).of(text));
                return;
            }
        }
    }

    /** "Zhao Ming, China's vice commerce minister,": a title after the name is another name of the person. */
    void titleAfter(String text, List<Word> w, int nameEnd, Actor person) {
        int from = nameEnd + 2;
        if (from >= w.size() || !w.get(nameEnd + 1).isPunct(',')) {
            return;
        }
        int to = untilComma(w, from);
        if (to - from > 7) {
            return;
        }
        Country country = null;
        boolean role = false;
        for (int k = from; k <= to; k++) {
            Word x = w.get(k);
            Optional<Country> c = kb.countryOfDemonym(x.text()).or(() -> kb.countryNamed(x.text()));
            if (c.isPresent()) {
                country = c.get();
            } else if (kb.isRoleWord(x.text())) {
                role = true;
            } else if (!(x.kind() == Word.Kind.POSSESSIVE || x.is("the") || x.is("a") || QUALIFIERS.contains(x.lower())
                    || kb.rankWithin(x.text() + " minister").isPresent())) {
                return;
            }
        }
        String title = new Span(w.get(from).span().start(), w.get(to).span().end()).of(text);
        if (role) {
            person.holdsRank(kb.rankWithin(title).orElse(null), country);
            person.addAlias(title);
        }
    }
}
