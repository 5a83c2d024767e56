package org.crosscheck.core.entity;

import org.crosscheck.core.text.DataFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * General world knowledge shipped as data (tab-separated files under {@code kb/}): countries, demonyms, capitals,
 * institution kinds, roles and reporting cues. Lookups are by folded form, so spelling accents never matter.
 */
public final class KnowledgeBase {

    private static final KnowledgeBase STANDARD = load();

    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, Country> countryByCapital = new HashMap<>();
    private final Map<String, String> roleRank = new HashMap<>();
    private final Map<String, String> institutionClass = new HashMap<>();
    private final Map<String, String> institutionCanonical = new HashMap<>();
    private final List<String[]> cues = new ArrayList<>();
    private final java.util.Set<String> roleWords = new java.util.HashSet<>();
    private final Map<String, java.util.Set<String>> regionMembers = new HashMap<>();

    public static KnowledgeBase standard() {
        return STANDARD;
    }

    public Optional<Country> countryNamed(String name) {
        return Optional.ofNullable(countryByName.get(NameForm.fold(name)));
    }

    public Optional<Country> countryOfDemonym(String demonym) {
        return Optional.ofNullable(countryByDemonym.get(NameForm.fold(demonym)));
    }

    public Optional<Country> countryOfCapital(String capital) {
        return Optional.ofNullable(countryByCapital.get(NameForm.fold(capital)));
    }

    /** The rank a role phrase stands for ("leader" and "president" both give head-of-state), if it is a role. */
    public Optional<String> roleRank(String phrase) {
        return Optional.ofNullable(roleRank.get(NameForm.fold(phrase)));
    }

    /** The institution class of a phrase ("legislature" gives parliament), if it names one. */
    public Optional<String> institutionClass(String phrase) {
        return Optional.ofNullable(institutionClass.get(NameForm.fold(phrase)));
    }

    /** A word that can be part of a title before a name ("Foreign", "Minister", "Deputy", "leader"). */
    public boolean isRoleWord(String word) {
        String folded = NameForm.fold(word);
        return roleWords.contains(folded) || folded.endsWith("s") && roleWords.contains(folded.substring(0, folded.length() - 1));
    }

    /** The rank of the longest role phrase inside {@code words} ("Deputy Foreign Affairs Minister" gives deputy-foreign-minister). */
    public Optional<String> rankWithin(String words) {
        return longestWithin(words, roleRank);
    }

    /** The institution class of the longest institution phrase inside {@code words}. */
    public Optional<String> institutionWithin(String words) {
        return longestWithin(words, institutionClass);
    }

    private static Optional<String> longestWithin(String words, Map<String, String> table) {
        String[] w = NameForm.fold(words).split(" ");
        for (int len = Math.min(w.length, 6); len >= 1; len--) {
            for (int from = 0; from + len <= w.length; from++) {
                String phrase = String.join(" ", Arrays.copyOfRange(w, from, from + len));
                String hit = table.getOrDefault(phrase, table.get(singular(phrase)));
                if (hit != null) {
                    return Optional.of(hit);
                }
            }
        }
        return Optional.empty();
    }

    /** "governments" → "government", "ministries" → "ministry": plural institutions are still institutions. */
    private static String singular(String phrase) {
        if (phrase.endsWith("ies")) {
            return phrase.substring(0, phrase.length() - 3) + "y";
        }
        return phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }

    public String institutionName(String institutionClass) {
        return institutionCanonical.getOrDefault(institutionClass, institutionClass);
    }

    /** True when {@code regionAdjective} ("North African") names a region {@code country} belongs to. */
    public boolean inRegion(String regionAdjective, Country country) {
        return regionMembers.getOrDefault(NameForm.fold(regionAdjective), java.util.Set.of()).contains(country.name());
    }

    /** True when the words name a region ("North African", "Baltic"). */
    public boolean isRegion(String regionAdjective) {
        return regionMembers.containsKey(NameForm.fold(regionAdjective));
    }

    /** Reporting cues as rows of stance, grammar and one form. */
    public List<String[]> cues() {
        return cues;
    }

    private static KnowledgeBase load() {
        KnowledgeBase kb = new KnowledgeBase();
        for (String[] row : rows("countries.tsv", 5)) {
            Country country = new Country(row[0], row[1], list(row[2]), list(row[3]), list(row[4]));
            kb.countryByName.put(NameForm.fold(country.name()), country);
            country.aliases().forEach(a -> kb.countryByName.putIfAbsent(NameForm.fold(a), country));
            country.demonyms().forEach(d -> kb.countryByDemonym.putIfAbsent(NameForm.fold(d), country));
            country.capitals().forEach(c -> kb.countryByCapital.putIfAbsent(NameForm.fold(c), country));
        }
        for (String[] row : rows("roles.tsv", 2)) {
            list(row[1]).forEach(p -> kb.roleRank.putIfAbsent(NameForm.fold(p), row[0]));
            list(row[1]).forEach(p -> kb.roleWords.addAll(Arrays.asList(NameForm.fold(p).split(" "))));
        }
        kb.roleWords.addAll(List.of("deputy", "vice", "acting", "interim", "former", "chief", "senior", "top", "affairs",
                "counterpart", "head"));
        kb.roleWords.removeAll(List.of("of", "the", "state", "government"));
        for (String[] row : rows("institutions.tsv", 3)) {
            kb.institutionCanonical.put(row[0], row[1]);
            list(row[2]).forEach(p -> kb.institutionClass.putIfAbsent(NameForm.fold(p), row[0]));
        }
        for (String[] row : rows("regions.tsv", 2)) {
            java.util.Set<String> members = java.util.Set.copyOf(list(row[1]));
            list(row[0]).forEach(adjective -> kb.regionMembers.put(NameForm.fold(adjective), members));
        }
        for (String[] row : rows("cues.tsv", 3)) {
            list(row[2]).forEach(form -> kb.cues.add(new String[] {row[0], row[1], form}));
        }
        return kb;
    }

    private static List<String> list(String column) {
        return column.isBlank() ? List.of() : Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : DataFile.lines(KnowledgeBase.class, "/org/crosscheck/core/kb/" + file)) {
            String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < columns; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
