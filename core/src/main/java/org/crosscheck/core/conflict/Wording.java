package org.crosscheck.core.conflict;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The distinctive words of a statement, crudely stemmed ("occupation" and "occupier" share "occup"), so two
 * reports of one statement can be recognised however each outlet quotes or paraphrases it.
 */
public final class Wording {

    private static final int STEM = 5;
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "and", "in", "on", "for", "with", "at", "by",
            "from", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "will", "would", "could", "should",
            "has", "have", "had", "it", "its", "their", "his", "her", "our", "we", "they", "he", "she", "as", "more", "than",
            "also", "but", "or", "not", "no", "which", "who", "said", "says", "if", "them", "there", "any", "all",
            "both", "after", "before", "such", "what", "when", "while", "about", "into", "over", "very", "can", "may");

    private Wording() {
    }

    public static Set<String> of(String text) {
        Set<String> stems = new HashSet<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                String w = word.toString();
                if (w.length() > 2 && !COMMON.contains(w)) {
                    stems.add(w.length() > STEM ? w.substring(0, STEM) : w);
                }
                word.setLength(0);
            }
        }
        return stems;
    }

    /** Words a quotation needs to be told apart word for word: "This landscape was built to burn" has six. */
    static final int VERBATIM_WORDS = 5;

    /**
     * The same words in the same order, case and punctuation aside, and long enough to be one person's sentence;
     * given the {@link #plain} forms, which a caller comparing many statements computes once each.
     */
    static boolean verbatim(String plainA, String plainB) {
        return plainA.equals(plainB) && !plainA.isEmpty() && plainA.split(" ").length >= VERBATIM_WORDS;
    }

    /**
     * The shorter statement's words, at least {@link #VERBATIM_WORDS} of them, in the same order inside the longer one
     * ("would only finance the next attack" in "Belgium does not pay criminals. Paying would only finance the next
     * attack"); given the {@link #plain} forms.
     */
    static boolean within(String plainA, String plainB) {
        String shorter = plainA.length() <= plainB.length() ? plainA : plainB;
        String longer = shorter == plainA ? plainB : plainA;
        return !shorter.isEmpty() && shorter.split(" ").length >= VERBATIM_WORDS && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** A statement's words in order, lower case, without punctuation. */
    static String plain(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** How many stems two wordings share, without building the shared set. */
    static int sharedCount(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String stem : small) {
            if (large.contains(stem)) {
                n++;
            }
        }
        return n;
    }

    static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int shared = sharedCount(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
