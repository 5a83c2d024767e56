package org.crosscheck.core.entity;

import java.util.List;
import java.util.Optional;
import org.crosscheck.core.attribution.Word;

/**
 * Bodies named by where they sit or by a caption: "the National Assembly in Nairobi" is Kenya's, "the Garowe
 * government" is an organisation of its own, "[Reuters]" closing a caption credits an agency.
 */
final class SeatedBodies {

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
}
