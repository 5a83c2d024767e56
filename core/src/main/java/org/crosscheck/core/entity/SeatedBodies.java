package org.crosscheck.core.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.text.Span;

/**
 * Bodies named by where they sit, whom they belong to or a caption: "the National Assembly in Nairobi" is Kenya's,
 * "the Garowe government" is an organisation of its own, "Chile's disaster management service" is a Chilean body
 * though no knowledge base lists it, "[Reuters]" closing a caption credits an agency, and fighters "who are called
 * “the Tigers”" are a group of that name.
 */
final class SeatedBodies {

    /** Head nouns of a public body beyond the organisation words of names. */
    static final Set<String> BODY_NOUNS = Set.of("sector", "directorate", "secretariat", "authority",
            "department", "inspectorate", "regulator", "watchdog");

    private final KnowledgeBase kb;

    SeatedBodies(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** "the National Assembly in Nairobi": an institution sitting in a capital (or country) is that country's. */
    Optional<Country> seatAfter(List<Word> w, int end) {
        if (end + 2 >= w.size() || !w.get(end + 1).is("in") || !w.get(end + 2).capitalised()
                || end + 3 < w.size() && w.get(end + 3).capitalised()) {
            return Optional.empty();
        }
        String place = w.get(end + 2).text();
        return kb.countryOfCapital(place).or(() -> kb.countryNamed(place));
    }

    /** "the Tobruk government": a government named after its seat, where the seat is no country's capital. */
    boolean governedFrom(List<Word> w, int i) {
        String name = w.get(i).text();
        return !NameShapes.isCompound(w.get(i)) && i + 1 < w.size() && (w.get(i + 1).is("government") || w.get(i + 1).is("administration"))
                && kb.countryNamed(name).isEmpty() && kb.countryOfCapital(name).isEmpty() && kb.countryOfDemonym(name).isEmpty();
    }

    /** "[Reuters]" closing a caption: a picture credit names an agency. */
    static boolean credit(List<Word> w, int i) {
        return i > 0 && w.get(i - 1).isPunct('[') && i + 1 < w.size() && w.get(i + 1).isPunct(']');
    }

    /** "Chile's disaster management service": a country's body named in lower case, up to four words. */
    void readCountrysBodies(String text, List<Word> w, ArticleCast cast) {
        for (int i = 0; i + 2 < w.size(); i++) {
            Optional<Country> country = kb.countryNamed(w.get(i).text());
            if (country.isEmpty() || w.get(i + 1).kind() != Word.Kind.POSSESSIVE) {
                continue;
            }
            int k = i + 2;
            while (k + 1 < w.size() && k < i + 5 && lowerWord(w.get(k + 1))) {
                k++;
            }
            Word head = w.get(k);
            Span body = new Span(w.get(i + 2).span().start(), head.span().end());
            if (!lowerWord(head) || !(BODY_NOUNS.contains(head.lower()) || NameShapes.ORG_WORDS.contains(head.lower()))
                    || kb.institutionWithin(body.of(text)).isPresent() || kb.rankWithin(body.of(text)).isPresent()) {
                continue;
            }
            Span phrase = new Span(w.get(i).span().start(), head.span().end());
            Actor org = cast.organization(phrase.of(text), country.get());
            org.addAlias(phrase.of(text));
            cast.mention(phrase, org);
        }
    }

    private static boolean lowerWord(Word x) {
        return x.kind() == Word.Kind.WORD && !x.capitalised() && Character.isLetter(x.text().charAt(0));
    }

    /** "called “the Tigers”", "known as “the Hawks”": a plural name given in quotation marks names a group. */
    static void readGivenNames(String text, List<Word> w, ArticleCast cast) {
        for (int i = 1; i + 3 < w.size(); i++) {
            boolean naming = w.get(i).is("called") || w.get(i).is("dubbed") || w.get(i).is("nicknamed")
                    || w.get(i).is("as") && w.get(i - 1).is("known");
            if (!naming || !openingMark(w.get(i + 1)) || !w.get(i + 2).is("the")) {
                continue;
            }
            int k = i + 3;
            while (k < w.size() && k < i + 7 && w.get(k).capitalised()) {
                k++;
            }
            Word last = w.get(k - 1);
            boolean closed = k < w.size() && (openingMark(w.get(k)) || w.get(k).kind() == Word.Kind.PUNCT
                    && "”»’".contains(w.get(k).text()));
            if (k == i + 3 || !closed || !last.lower().endsWith("s")) {
                continue;
            }
            Span name = new Span(w.get(i + 2).span().start(), last.span().end());
            Actor group = cast.group(name.of(text));
            group.addAlias(name.of(text));
            cast.mention(name, group);
        }
    }

    private static boolean openingMark(Word x) {
        return x.kind() == Word.Kind.PUNCT && "“\"«‘'".contains(x.text());
    }
}
