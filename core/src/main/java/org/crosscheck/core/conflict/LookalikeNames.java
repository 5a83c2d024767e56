package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.entity.NameForm;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.text.Span;

/**
 * A name some outlets of one story spell one way and others another, whatever it names: "the Noktua group" in one
 * article, "the Noctua group" in four; "the Labor-Chem fertiliser plant" against "the Laborchem fertiliser plant"
 * (LookalikeNamesTest states the rules). Complements {@link NameConflicts}, which compares the spellings of one
 * resolved person or place: a company or a gang named only in passing is often not resolved as one entity at all.
 * <p>
 * Two written names are taken for one only when everything points that way: one letter changed in a long name, or
 * the same letters split by a hyphen; never both forms in one article (a writer who uses both knows two things); never
 * a word also written in lower case (a capitalised "Region" is not a misspelt "Legion"); the same word beside both
 * ("group", "fertiliser"); and the articles in one story: published within a story's window of each other
 * (SamenessPolicy#withinStoryWindow) and set in a common place.
 */
public final class LookalikeNames {

    /** One article as the rule reads it: its text, what of it is the article's own, when and where its story is set. */
    public record Page(String document, String text, Predicate<Span> read, LocalDate published, Set<String> setting) {
    }

    /** Letters a name needs before one changed letter suggests a slip rather than another name ("Ilona", "Iwona"). */
    static final int LETTERS_FOR_A_SLIP = 6;
    /** Shortest name compared at all. */
    static final int SHORTEST_NAME = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+(?:[-\u2010][\\p{L}\\p{M}\\d]+)*");
    /** Words too common to say two names stand in the same place. */
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by",
            "with", "from", "as", "is", "was", "were", "be", "been", "has", "had", "have", "it", "its", "his", "her", "their",
            "this", "that", "said", "says", "but", "not", "also", "which", "who", "after", "before", "than", "into", "over");

    /** A capitalised word where it stands, with the words right before and after it and where they end and start. */
    private record Seen(Page page, Span span, String before, int beforeStart, String after, int afterEnd) {

        /** The name with the given word beside it ("Noktua group"), else the name alone. */
        Span with(String word) {
            if (NameForm.fold(after).equals(word)) {
                return new Span(span.start(), afterEnd);
            }
            return NameForm.fold(before).equals(word) ? new Span(beforeStart, span.end()) : span;
        }
    }

    private enum Variation { SPACING, LETTERS }

    public List<Conflict> find(List<Page> pages, List<Conflict> already) {
        Set<String> lowerCase = new HashSet<>();
        Map<String, List<Seen>> forms = new TreeMap<>();
        for (Page page : pages) {
            read(page, lowerCase, forms);
        }
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String form : forms.keySet()) {
            String folded = NameForm.fold(form);
            if (lowerCase.contains(folded)) {
                continue;
            }
            byKey.computeIfAbsent("joined|" + joined(folded), k -> new ArrayList<>()).add(form);
            if (folded.length() >= LETTERS_FOR_A_SLIP) {
                for (int i = 0; i < folded.length(); i++) {
                    byKey.computeIfAbsent("slip|" + folded.substring(0, i) + "_" + folded.substring(i + 1), k -> new ArrayList<>()).add(form);
                }
            }
        }
        List<Conflict> found = new ArrayList<>();
        Set<String> paired = new HashSet<>();
        for (List<String> alike : byKey.values()) {
            for (int i = 0; i < alike.size(); i++) {
                for (int j = i + 1; j < alike.size(); j++) {
                    String a = alike.get(i);
                    String b = alike.get(j);
                    if (paired.add(a + "\u0000" + b)) {
                        lookalike(a, forms.get(a), b, forms.get(b), already).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    private static void read(Page page, Set<String> lowerCase, Map<String, List<Seen>> forms) {
        String text = page.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            Span span = new Span(words.get(i)[0], words.get(i)[1]);
            String word = span.of(text);
            if (!page.read().test(span)) {
                continue;
            }
            if (Character.isLowerCase(word.codePointAt(0))) {
                lowerCase.add(NameForm.fold(word));
                continue;
            }
            boolean capitalised = Character.isUpperCase(word.codePointAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT));
            if (!capitalised || joined(NameForm.fold(word)).length() < SHORTEST_NAME || opensSentence(text, span.start())) {
                continue;
            }
            boolean hasBefore = i > 0 && nextTo(text, words.get(i - 1)[1], span.start());
            boolean hasAfter = i + 1 < words.size() && nextTo(text, span.end(), words.get(i + 1)[0]);
            String before = hasBefore ? text.substring(words.get(i - 1)[0], words.get(i - 1)[1]) : "";
            String after = hasAfter ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : "";
            forms.computeIfAbsent(word, k -> new ArrayList<>()).add(new Seen(page, span, before, hasBefore ? words.get(i - 1)[0] : span.start(),
                    after, hasAfter ? words.get(i + 1)[1] : span.end()));
        }
    }

    private java.util.Optional<Conflict> lookalike(String a, List<Seen> seenA, String b, List<Seen> seenB, List<Conflict> already) {
        String x = NameForm.fold(a);
        String y = NameForm.fold(b);
        Variation variation = joined(x).equals(joined(y)) ? Variation.SPACING : oneLetterApart(x, y) ? Variation.LETTERS : null;
        Set<String> pagesOfA = documents(seenA);
        Set<String> pagesOfB = documents(seenB);
        if (variation == null || x.equals(y) || pagesOfA.stream().anyMatch(pagesOfB::contains)) {
            return java.util.Optional.empty();
        }
        Set<String> besideA = beside(seenA);
        besideA.retainAll(beside(seenB));
        if (besideA.isEmpty() || !oneStory(seenA, seenB) || reported(seenA, seenB, already)) {
            return java.util.Optional.empty();
        }
        // the rarer spelling first: it is the one an editor checks
        boolean aRarer = pagesOfA.size() <= pagesOfB.size();
        return java.util.Optional.of(conflict(aRarer ? a : b, aRarer ? seenA : seenB, aRarer ? b : a, aRarer ? seenB : seenA, variation,
                besideA.iterator().next()));
    }

    private static Conflict conflict(String rare, List<Seen> seenRare, String usual, List<Seen> seenUsual, Variation variation, String beside) {
        List<ConflictSide> sides = new ArrayList<>();
        sides.addAll(sides(rare, seenRare, beside));
        sides.addAll(sides(usual, seenUsual, beside));
        String why = variation == Variation.LETTERS
                ? "The letters differ, so one is probably a misspelling."
                : "They differ only in how the name is split; it is one name, which could be written one way.";
        String explanation = "\u201c" + rare + "\u201d in " + String.join(", ", documents(seenRare)) + " and \u201c" + usual + "\u201d in "
                + String.join(", ", documents(seenUsual)) + " look like one name spelled two ways: both stand beside \u201c" + beside
                + "\u201d in articles of one story. " + why;
        return new Conflict(ConflictKind.NAME, variation == Variation.LETTERS ? Severity.MEDIUM : Severity.LOW, explanation, sides, List.of());
    }

    /**
     * One side per article a spelling is in, where an editor would correct it: the name with the word both spellings
     * stand beside where the article has it so ("the Labor-Chem fertiliser plant"), else its first use.
     */
    private static List<ConflictSide> sides(String written, List<Seen> seen, String beside) {
        Map<String, Span> first = new LinkedHashMap<>();
        for (Seen s : seen) {
            Span span = s.with(beside);
            Span kept = first.get(s.page().document());
            if (kept == null || kept.length() == written.length() && span.length() > written.length()) {
                first.put(s.page().document(), span);
            }
        }
        List<ConflictSide> sides = new ArrayList<>();
        first.forEach((document, span) -> sides.add(new ConflictSide(document, span, "written " + written, null)));
        return sides;
    }

    /** Articles a spelling is in, in the order first seen. */
    private static Set<String> documents(List<Seen> seen) {
        Set<String> out = new java.util.LinkedHashSet<>();
        seen.forEach(s -> out.add(s.page().document()));
        return out;
    }

    /** The words a name stands beside, where they say something: "group", "fertiliser", "Siderúrgica". */
    private static Set<String> beside(List<Seen> seen) {
        Set<String> out = new java.util.TreeSet<>();
        for (Seen s : seen) {
            for (String w : List.of(s.before(), s.after())) {
                String folded = NameForm.fold(w);
                if (folded.length() >= 3 && !FILLER.contains(folded) && folded.chars().allMatch(Character::isLetter)) {
                    out.add(folded);
                }
            }
        }
        return out;
    }

    /** Some article of one spelling and some of the other within a story's window, set in a place both name. */
    private static boolean oneStory(List<Seen> seenA, List<Seen> seenB) {
        Set<Page> pagesOfB = new java.util.LinkedHashSet<>();
        seenB.forEach(b -> pagesOfB.add(b.page()));
        Set<Page> pagesOfA = new java.util.LinkedHashSet<>();
        seenA.forEach(a -> pagesOfA.add(a.page()));
        for (Page p : pagesOfA) {
            for (Page q : pagesOfB) {
                boolean close = SamenessPolicy.withinStoryWindow(p.published(), q.published());
                Set<String> shared = new HashSet<>(p.setting());
                shared.retainAll(q.setting());
                if (close && !shared.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Already told by the spellings of one person or place. */
    private static boolean reported(List<Seen> seenA, List<Seen> seenB, List<Conflict> already) {
        for (Conflict c : already) {
            if (c.kind() == ConflictKind.NAME && covers(c, seenA) && covers(c, seenB)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Conflict c, List<Seen> seen) {
        return seen.stream().anyMatch(s -> c.sides().stream().anyMatch(side -> side.document().equals(s.page().document())
                && side.span().overlaps(s.span())));
    }

    /** Two names of one length that differ in one letter: "noctua", "noktua". */
    static boolean oneLetterApart(String x, String y) {
        if (x.length() != y.length() || x.length() < LETTERS_FOR_A_SLIP) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < x.length() && differ < 2; i++) {
            differ += x.charAt(i) == y.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    /** A capitalised word at the start of a sentence or line may be any word. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == ':';
    }

    /** Words side by side, with nothing but spaces between. */
    private static boolean nextTo(String text, int end, int start) {
        return text.substring(end, start).chars().allMatch(c -> c == ' ');
    }

    /** A folded name without the spaces its hyphens became: "labor chem" and "laborchem" are one. */
    private static String joined(String folded) {
        return folded.replace(" ", "");
    }
}
