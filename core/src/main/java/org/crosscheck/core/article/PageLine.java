package org.crosscheck.core.article;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * One non-blank line of a stored page, trimmed of blanks (including no-break spaces), with its place in the text; the
 * lines of a hard-wrapped paragraph are one (see {@link SoftWraps}).
 */
record PageLine(Span span, String text, List<String> words) {

    private static final String CLOSERS = "\"'”’»)]";

    static List<PageLine> of(String page) {
        List<PageLine> lines = new ArrayList<>();
        java.util.BitSet soft = SoftWraps.of(page);
        int start = 0;
        while (start <= page.length()) {
            int end = page.indexOf('\n', start);
            while (end >= 0 && soft.get(end)) { // a hard-wrapped paragraph is one line
                end = page.indexOf('\n', end + 1);
            }
            if (end < 0) {
                end = page.length();
            }
            Span line = trimmed(page, start, end);
            if (line.start() < line.end()) {
                String text = line.of(page);
                lines.add(new PageLine(line, text, wordsOf(text)));
            }
            start = end + 1;
        }
        return lines;
    }

    /** {@code start}–{@code end} of the page without blanks at either end (empty, at the end, when all blank). */
    static Span trimmed(String page, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isBlank(page.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(page.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    /** Whitespace in the wide sense pages use: also no-break, zero-width and byte-order marks. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** Blank-separated tokens holding at least one letter or digit, so stray punctuation does not count as a word. */
    private static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean wordy = false;
            while (i < text.length() && !isBlank(text.charAt(i))) {
                wordy |= Character.isLetterOrDigit(text.charAt(i));
                i++;
            }
            if (wordy) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    int wordCount() {
        return words.size();
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Ends like a sentence: a full stop, question or exclamation mark, possibly inside closing quotes or brackets —
     * or a long paragraph of several sentences whose last one trails off (a reference code, a missing stop).
     */
    boolean endsLikeSentence() {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || isBlank(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0 || words.size() >= PROSE_WORDS && sentenceBreaks() >= 2;
    }

    /** Words from which a paragraph is prose by length alone. */
    private static final int PROSE_WORDS = 30;

    /** ". T", "? “", "! A": places where one sentence ends and the next begins. */
    private int sentenceBreaks() {
        int breaks = 0;
        for (int k = 0; k + 2 < text.length(); k++) {
            char next = text.charAt(k + 2);
            if (".!?".indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) == ' ' && (Character.isUpperCase(next) || next == '"' || next == '\u201c')) {
                breaks++;
            }
        }
        return breaks;
    }

    /** A word in lower case that is not a short function word: headlines in sentence case have them, labels do not. */
    boolean hasLowerCaseContentWord() {
        for (String word : words) {
            if (Character.isLowerCase(firstLetter(word)) && word.length() > 3) {
                return true;
            }
        }
        return false;
    }

    boolean hasLowerCaseWord() {
        for (String word : words) {
            if (Character.isLowerCase(firstLetter(word))) {
                return true;
            }
        }
        return false;
    }

    /** The first letter or digit of a word, past any opening quote or bracket. */
    static char firstLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return word.charAt(i);
            }
        }
        return ' ';
    }
}
