package org.crosscheck.core.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.text.Span;

/**
 * Bodies named by where they sit, whom they belong to or a caption: "the National Assembly in Nairobi" is Kenya's,
 * "the Garowe government" is an organisation of its own, "Chile's disaster management service" is a Chilean body
 * though no knowledge base lists it, "[Reuters]" closing a caption credits an agency.
 */
final class SeatedBodies {

    /** Head nouns of a public body beyond the organisation words of names. */
    private static final Set<String> BODY_NOUNS = Set.of("sector", "directorate", "secretariat", "authority",
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
}
