package org.crosscheck.core.entity;

import java.util.List;
import java.util.Set;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.text.Span;

/**
 * Places named by one word, as a reporter writes them: after a preposition of place ("along the Drava", "in the
 * Andes"), before the feature they name ("the Danube river", "the Rafah border crossing"), or joined to another
 * place ("in Tartu and Narva").
 */
final class PlaceNames {

    /** Lower-case words naming the feature a place name stands before. */
    static final Set<String> FEATURES = Set.of("river", "valley", "lake", "sea", "mountains", "border",
            "crossing", "bridge", "dam", "pass", "delta", "basin", "canal", "strait", "gulf", "bay", "peninsula",
            "region", "province", "district", "county", "city", "town", "village", "port", "capital", "island");

    private static final Set<String> ALONG = Set.of("along", "across", "beyond", "towards", "toward", "through",
            "downstream", "upstream");

    private PlaceNames() {
    }

    /** True when the lone capitalised word at {@code i} reads as a place. */
    static boolean placeAt(List<Word> w, int i) {
        if (NameShapes.locative(w, i) || featureEnd(w, i) > i) {
            return true;
        }
        if (i < 1) {
            return false;
        }
        Word before = w.get(i - 1);
        if (ALONG.contains(before.lower())) {
            return true;
        }
        if (before.is("the") && i >= 2 && (ALONG.contains(w.get(i - 2).lower()) || NameShapes.LOCATIVE.contains(w.get(i - 2).lower()))) {
            return true; // "in the Pyrenees", "along the Drava"
        }
        // "in Tartu and Narva": joined to a place after a preposition of place
        return before.is("and") && i >= 3 && w.get(i - 2).capitalised() && NameShapes.locative(w, i - 2);
    }

    /** Index of the last feature word after the name at {@code i} ("Irun border crossing"), or {@code i}. */
    static int featureEnd(List<Word> w, int i) {
        int k = i;
        while (k + 1 < w.size() && k < i + 2 && w.get(k + 1).kind() == Word.Kind.WORD && !w.get(k + 1).capitalised()
                && FEATURES.contains(w.get(k + 1).lower())) {
            k++;
        }
        return k;
    }

    /** The name with its feature words ("Drava river") as an alias of the place. */
    static void addFeatureAlias(String text, List<Word> w, int i, Actor place) {
        int end = featureEnd(w, i);
        if (end > i) {
            place.addAlias(new Span(w.get(i).span().start(), w.get(end).span().end()).of(text));
        }
    }
}
