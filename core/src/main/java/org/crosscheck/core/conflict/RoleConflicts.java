package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.text.Span;

/**
 * One person given two offices by different articles of one story (an "other" conflict, LOW): "Kyanos chief executive
 * Alexandros Mavridis" in one outlet, "Kyanos's technical director, Alexandros Mavridis" in another; "Deputy Mayor
 * Martina Hollerer" against "Hollerer, the chairwoman of the city council". An office is read only right beside the
 * name. Offices that one names more exactly than the other ("Foreign Minister", "minister"), a generic head ("the
 * head", "the leader"), or two offices one article gives the same person together are not a conflict; an office held
 * as deputy, acting, interim or former is another office than the office itself. RoleConflictsTest states the rules.
 */
public final class RoleConflicts {

    /** An office told of a person: where (the name and the office), whose, the office as written and its day. */
    public record Role(String document, Span span, String person, String name, String office, LocalDate published) implements PersonFacts.Fact {

        @Override
        public String value() {
            return office;
        }

        /** The office's head noun: "deputy mayor" → mayor, "chief executive" → executive. */
        String head() {
            String[] words = office.split(" ");
            return words[words.length - 1];
        }

        /** How the office is held, when not in full: deputy, vice, acting, interim, former, assistant. */
        Set<String> standing() {
            Set<String> out = new LinkedHashSet<>();
            for (String w : office.split(" ")) {
                if (STANDINGS.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }
    }

    /** Offices a person holds in one body; each excludes the others unless one article gives both. */
    private static final String OFFICE = "(?:mayor|executive|director|chairman|chairwoman|chairperson|president|minister|secretary"
            + "|spokesman|spokeswoman|spokesperson|governor|prosecutor|commissioner|manager|ambassador|treasurer|councillor"
            + "|senator|editor|superintendent|inspector|coordinator|administrator|rector|dean|principal|coach|ceo)";
    private static final Set<String> STANDINGS = Set.of("deputy", "vice", "acting", "interim", "former", "assistant", "vice-president");
    private static final String QUALIFIER = "(?:(?:deputy|vice|acting|interim|former|assistant|chief|technical|managing|executive|general"
            + "|finance|financial|foreign|interior|health|justice|defence|defense|senior|first|press|operations|medical|regional|national"
            + "|city|state|public|district|head)[ -])";
    /** Before the name: "Kyanos chief executive Alexandros Mavridis", "Its chief executive, Alexandros Mavridis". */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(" + QUALIFIER + "{0,3}" + OFFICE + "),?\\s+$");
    /** After the name: "Hollerer, the city's deputy mayor", "Hollerer, 54, the chairwoman of the city council". */
    private static final Pattern AFTER = Pattern.compile("(?i)^,\\s+(?:\\d{1,3},\\s+)?(?:(?:the|its|his|her|their|a|an)\\s+)?"
            + "(?:[\\p{L}.-]+(?:'s|’s)\\s+)?(" + QUALIFIER + "{0,3}" + OFFICE + ")(?=[\\s,.;])");
    private static final int REACH = 60;

    /** The office told beside one mention of a person, if any. */
    public static Optional<Role> read(NameSighting mention, String text, LocalDate published) {
        if (!"person".equals(mention.kind())) {
            return Optional.empty();
        }
        Span name = mention.span();
        Matcher a = AFTER.matcher(text.substring(name.end(), Math.min(text.length(), name.end() + REACH)));
        if (a.find()) {
            return Optional.of(new Role(mention.document(), new Span(name.start(), name.end() + a.end()), mention.entity(),
                    mention.entityName(), office(a.group(1)), published));
        }
        int from = Math.max(0, name.start() - REACH);
        Matcher b = BEFORE.matcher(text.substring(from, name.start()));
        if (b.find()) {
            return Optional.of(new Role(mention.document(), new Span(from + b.start(), name.end()), mention.entity(),
                    mention.entityName(), office(b.group(1)), published));
        }
        return Optional.empty();
    }

    private static String office(String written) {
        return written.toLowerCase(Locale.ROOT).replace('-', ' ').replace("vice president", "vice-president").trim().replaceAll("\\s+", " ");
    }

    /** How an explanation names a document: its file here, its outlet in the store. */
    private final java.util.function.Function<String, String> documentNames;

    public RoleConflicts() {
        this(java.util.function.Function.identity());
    }

    public RoleConflicts(java.util.function.Function<String, String> documentNames) {
        this.documentNames = documentNames;
    }

    public List<Conflict> find(List<Role> roles) {
        return PersonFacts.find(roles, RoleConflicts::clash, documentNames, ConflictKind.OTHER, "offices", "called ",
                "No article gives both, so at least one outlet may have the role wrong.");
    }

    /** Two articles of one story giving one person offices that exclude each other, which no article gives together. */
    private static boolean clash(Role a, Role b, List<Role> told) {
        if (a.document().equals(b.document()) || !PersonFacts.sameStory(a, b) || compatible(a, b)) {
            return false;
        }
        Set<String> documentsOfA = new LinkedHashSet<>();
        told.stream().filter(r -> compatible(r, a)).forEach(r -> documentsOfA.add(r.document()));
        return told.stream().noneMatch(r -> compatible(r, b) && documentsOfA.contains(r.document()));
    }

    private static boolean compatible(Role a, Role b) {
        return a.head().equals(b.head()) && a.standing().equals(b.standing());
    }
}
