package org.crosscheck.core.entity;

import java.util.List;
import java.util.Set;
import org.crosscheck.core.attribution.Word;
import org.crosscheck.core.text.Span;

/**
 * Places named by one word, as a reporter writes them: after a preposition of place ("along the Tisza", "in the
 * Andes"), before the feature they name ("the Danube river", "the Rafah border crossing"), or joined to another
 * place ("in Tartu and Narva"); and "the river" or "the capital" for the river or capital the article named last.
 */
final class PlaceNames {

    /** Lower-case words naming the feature a place name stands before. */
    private static final Set<String> FEATURES = Set.of("river", "valley", "lake", "sea", "mountains", "border",
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
            return true; // "in the Carpathians", "along the Tisza"
        }
        // "in Subotica and Horgoš": joined to a place after a preposition of place
        return before.is("and") && i >= 3 && w.get(i - 2).capitalised() && NameShapes.locative(w, i - 2);
    }

    /** Index of the last feature word after the name at {@code i} ("Horgoš border crossing"), or {@code i}. */
    static int featureEnd(List<Word> w, int i) {
        int k = i;
        while (k + 1 < w.size() && k < i + 2 && w.get(k + 1).kind() == Word.Kind.WORD && !w.get(k + 1).capitalised()
                && FEATURES.contains(w.get(k + 1).lower())) {
            k++;
        }
        return k;
    }

    /** The name with its feature words ("Tisza river") as an alias of the place. */
    static void addFeatureAlias(String text, List<Word> w, int i, Actor place) {
        int end = featureEnd(w, i);
        if (end > i) {
            place.addAlias(new Span(w.get(i).span().start(), w.get(end).span().end()).of(text));
        }
    }

    /** "the river", "the capital": the place named last whose own alias ends with that feature. */
    static void readFeatureReferences(String text, List<Word> w, ArticleCast cast) {
        for (int i = 1; i < w.size(); i++) {
            Word x = w.get(i);
            if (!w.get(i - 1).is("the") || x.kind() != Word.Kind.WORD || !FEATURES.contains(x.lower())
                    || i + 1 < w.size() && (w.get(i + 1).capitalised() || w.get(i + 1).is("of"))) {
                continue;
            }
            String feature = x.lower();
            Actor place = cast.lastBefore(x.span().start(), a -> a.kind() == EntityKind.PLACE && a.aliases().stream()
                    .anyMatch(alias -> List.of(alias.toLowerCase(java.util.Locale.ROOT).split(" ")).contains(feature)));
            if (place != null) {
                Span phrase = new Span(w.get(i - 1).span().start(), x.span().end());
                place.addAlias(phrase.of(text));
                cast.mention(phrase, place);
            }
        }
    }
}
