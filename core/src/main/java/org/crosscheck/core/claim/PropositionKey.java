package org.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normalised key "actor | action | object" under which mentions of one claim are grouped. Wording that does not
 * change what is claimed (articles, possessives, plural endings, case) is dropped so that "opened a clinic in
 * the port" and "opens clinics in the port" share a key.
 */
final class PropositionKey {

    private static final Set<String> NOISE = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "that", "these", "those", "to", "of", "in", "on", "for", "with", "at", "by", "from", "and", "s", "also",
            "more", "some", "very", "has", "have", "had", "will", "would", "be", "been", "is", "are", "was", "were");
    private static final int MAX_WORDS = 6;

    private PropositionKey() {
    }

    static String of(String actor, String action, String object) {
        return words(actor) + " | " + action + " | " + words(object);
    }

    /**
     * "speaker | say | what was said": every content word of what was said (up to {@link #MAX_SAID_WORDS}), since two
     * accounts of one statement are told apart from two statements by how many of its words they share.
     */
    static String said(String speaker, CharSequence content) {
        return speaker + " | " + SAY + " | " + words(content, MAX_SAID_WORDS);
    }

    static final String SAY = "say";
    private static final int MAX_SAID_WORDS = 40;

    /** Lower-case content words, singular, in order; at most six so long objects still group. */
    static String words(String text) {
        return words(text, MAX_WORDS);
    }

    private static String words(CharSequence text, int most) {
        List<String> kept = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // read in place and stop at the last word kept: what was said can run to a whole article
        for (int i = 0; i <= text.length() && kept.size() < most; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '-') {
                word.append(c);
            } else if (word.length() > 0) {
                // "this" is noise before it would be read as a plural ("thi")
                String lower = word.toString().toLowerCase(Locale.ROOT);
                String w = singular(lower);
                if (!NOISE.contains(lower) && !NOISE.contains(w)) {
                    kept.add(w);
                }
                word.setLength(0);
            }
        }
        return String.join(" ", kept);
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
