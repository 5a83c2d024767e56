package org.crosscheck.core.conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.crosscheck.core.entity.NameForm;

/**
 * Two people of one story with the same given name, surnames that begin alike and the same post, never named in one
 * article: "Petros Anagnostou, a lawyer for the company" in one outlet, "Petros Anagnostakis, the company's lawyer" in
 * another. Probably one person, one of the names misspelt beyond the slip of a letter or two that {@link NameConflicts}
 * and {@link LookalikeNames} look for: a name conflict for the editor's attention (NamesakesTest states the rules).
 */
public final class Namesakes {

    /** Fewest letters two surnames must begin with alike: "Anagnost-ou", "Anagnost-akis". */
    static final int SHARED_START = 5;
    /** Share of the shorter surname those letters must be: "Papa-dopoulos" and "Papa-s" are two families. */
    static final double SHARED_SHARE = 0.6;

    /** How an explanation names a document: its file here, its outlet in the store. */
    private final Function<String, String> documentNames;

    public Namesakes() {
        this(Function.identity());
    }

    public Namesakes(Function<String, String> documentNames) {
        this.documentNames = documentNames;
    }

    /**
     * @param offices          the posts told beside people's names (RoleConflicts#read)
     * @param documentsNaming  for each person, every document that names them
     */
    public List<Conflict> find(List<RoleConflicts.Role> offices, Map<String, Set<String>> documentsNaming) {
        Map<String, List<RoleConflicts.Role>> byPost = new LinkedHashMap<>();
        for (RoleConflicts.Role r : offices) {
            String given = given(r.name());
            if (!given.isEmpty() && !r.rank() && !r.office().startsWith("of ")) {
                byPost.computeIfAbsent(given + "|" + r.kind(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<RoleConflicts.Role>> pairs = new LinkedHashMap<>();
        for (List<RoleConflicts.Role> told : byPost.values()) {
            for (RoleConflicts.Role a : told) {
                for (RoleConflicts.Role b : told) {
                    if (a.person().compareTo(b.person()) < 0 && alike(a.name(), b.name()) && PersonFacts.sameStory(a, b)
                            && neverTogether(documentsNaming.get(a.person()), documentsNaming.get(b.person()))) {
                        List<RoleConflicts.Role> sides = pairs.computeIfAbsent(a.person() + "|" + b.person(), k -> new ArrayList<>());
                        told.stream().filter(r -> (r.person().equals(a.person()) || r.person().equals(b.person())) && !sides.contains(r))
                                .forEach(sides::add);
                    }
                }
            }
        }
        List<Conflict> found = new ArrayList<>();
        pairs.values().forEach(sides -> found.add(conflict(sides)));
        return found;
    }

    private Conflict conflict(List<RoleConflicts.Role> told) {
        Map<String, Set<String>> documentsByName = new LinkedHashMap<>();
        told.forEach(r -> documentsByName.computeIfAbsent(r.name(), k -> new TreeSet<>()).add(documentNames.apply(r.document())));
        List<String> accounts = new ArrayList<>();
        documentsByName.forEach((name, documents) -> accounts.add(name + " in " + String.join(", ", documents)));
        List<ConflictSide> sides = told.stream().map(r -> new ConflictSide(r.document(), r.span(), "written " + r.name(), null)).toList();
        List<String> people = told.stream().map(RoleConflicts.Role::person).distinct().toList();
        return new Conflict(ConflictKind.NAME, Severity.MEDIUM, "One " + told.get(0).office() + " is written two ways: " + String.join("; ", accounts)
                + ". The same given name, surnames that begin alike, the same post and no article naming both: probably one person, "
                + "one name misspelt.", sides, people);
    }

    /** The first word of a name, folded; empty for a one-word name. */
    private static String given(String name) {
        String[] words = NameForm.fold(name).split(" ");
        return words.length < 2 ? "" : words[0];
    }

    /** Surnames that begin alike but differ: "Anagnostou", "Anagnostakis". */
    static boolean alike(String nameA, String nameB) {
        String[] a = NameForm.fold(nameA).split(" ");
        String[] b = NameForm.fold(nameB).split(" ");
        String x = a[a.length - 1];
        String y = b[b.length - 1];
        int shared = 0;
        while (shared < Math.min(x.length(), y.length()) && x.charAt(shared) == y.charAt(shared)) {
            shared++;
        }
        return !x.equals(y) && shared >= SHARED_START && shared >= SHARED_SHARE * Math.min(x.length(), y.length());
    }

    private static boolean neverTogether(Set<String> documentsOfA, Set<String> documentsOfB) {
        return documentsOfA == null || documentsOfB == null || documentsOfA.stream().noneMatch(documentsOfB::contains);
    }
}
