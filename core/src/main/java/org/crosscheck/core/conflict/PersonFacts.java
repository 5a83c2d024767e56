package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.text.Span;

/**
 * What articles tell of a person right beside the name (an age, an office), and the one conflict per person their
 * tellings make: grouped by person, every telling that clashes with another is a side, and the explanation lists
 * each value with the documents that give it.
 */
final class PersonFacts {

    /** One telling: where, of whom, the value told ("47", "deputy mayor") and the article's day. */
    interface Fact {
        String document();

        Span span();

        String person();

        String name();

        String value();

        LocalDate published();
    }

    /** Whether two tellings of one person clash, given all that is told of that person. */
    interface Clash<T> {
        boolean between(T a, T b, List<T> ofThePerson);
    }

    private PersonFacts() {
    }

    /**
     * @param whatDiffers the plural of what is told ("ages"), for the explanation
     * @param account     what a side says, before its value ("aged ", "called ")
     * @param why         the sentence that ends the explanation
     */
    static <T extends Fact> List<Conflict> find(List<T> facts, Clash<T> clash, Function<String, String> documentNames, ConflictKind kind,
                                                String whatDiffers, String account, String why) {
        Map<String, List<T>> byPerson = new LinkedHashMap<>();
        facts.stream().distinct().forEach(f -> byPerson.computeIfAbsent(f.person(), k -> new ArrayList<>()).add(f));
        List<Conflict> found = new ArrayList<>();
        for (List<T> told : byPerson.values()) {
            List<T> involved = told.stream().filter(a -> told.stream().anyMatch(b -> clash.between(a, b, told))).toList();
            if (involved.isEmpty()) {
                continue;
            }
            Map<String, List<String>> documentsByValue = new LinkedHashMap<>();
            involved.forEach(f -> documentsByValue.computeIfAbsent(f.value(), k -> new ArrayList<>()).add(f.document()));
            List<String> accounts = new ArrayList<>();
            documentsByValue.forEach((value, documents) -> accounts.add(value + " in "
                    + String.join(", ", documents.stream().distinct().map(documentNames).toList())));
            List<ConflictSide> sides = involved.stream().map(f -> new ConflictSide(f.document(), f.span(), account + f.value(), null)).toList();
            found.add(new Conflict(kind, Severity.LOW, involved.get(0).name() + " is given different " + whatDiffers + ": "
                    + String.join("; ", accounts) + ". " + why, sides, List.of(involved.get(0).person())));
        }
        return found;
    }

    /** Articles of one story: published within the story window of each other, or either undated. */
    static boolean sameStory(Fact a, Fact b) {
        return SamenessPolicy.withinStoryWindow(a.published(), b.published());
    }
}
