package org.crosscheck.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Still Life with Quinces", "Portrait of a Merchant's Wife": a short run of capitalised words in quotation marks,
 * with nothing said, is the title of a work (a painting, a book, a film, a law). It names a work, not a person or a
 * body, and its quotation marks neither open a quotation nor end a clause.
 */
public final class WorkTitles {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201c](\\p{Lu}[^\"\u201d\\n.!?,;:]{2,60})[\"\u201d]");
    private static final Set<String> SMALL_WORDS = Set.of("of", "a", "an", "the", "with", "and", "in", "on", "at", "to", "for",
            "by", "from", "or");
    private static final int FEWEST_WORDS = 2;
    public static final int MOST_WORDS = 8;

    private WorkTitles() {
    }

    /** The spans of the titles in a text, inside their quotation marks. */
    public static List<Span> in(String text) {
        List<Span> works = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (isTitle(List.of(m.group(1).trim().split("\\s+")))) {
                works.add(new Span(m.start(1), m.end(1)));
            }
        }
        return works;
    }

    /**
     * Whether the words between two quotation marks read as a title: two to eight words, every word capitalised but
     * the small ones ("of", "with"); a possessive ending ("'s", written apart by a tokenizer) is part of its word.
     */
    public static boolean isTitle(List<String> words) {
        int counted = 0;
        int capitalised = 0;
        for (String word : words) {
            if (word.isEmpty() || word.startsWith("'") || word.startsWith("\u2019") || SMALL_WORDS.contains(word)) {
                continue;
            }
            if (!Character.isLetter(word.codePointAt(0))) {
                return false;
            }
            counted++;
            capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
        }
        int length = (int) words.stream().filter(w -> !w.startsWith("'") && !w.startsWith("\u2019")).count();
        return length >= FEWEST_WORDS && length <= MOST_WORDS && counted > 0 && capitalised == counted
                && Character.isUpperCase(words.get(0).codePointAt(0));
    }
}
