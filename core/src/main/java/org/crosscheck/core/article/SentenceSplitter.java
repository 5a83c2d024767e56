package org.crosscheck.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.core.text.Span;

/**
 * Splits the article body into sentences with exact offsets into the stored text. One pass over the body: a sentence
 * ends at a full stop, question or exclamation mark (with any closing quotes or brackets after it) that is followed by
 * a new sentence, and always at a line break, because pages break lines only between paragraphs or page elements.
 */
public final class SentenceSplitter {

    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    /** Capitalised abbreviations a name or number follows without a new sentence: "Gen. Smith", "Jan. 5". */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig",
            "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "jr", "sr", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
            "sat", "sun");
    /** Abbreviations that only a number follows: "No. 10", "Art. 5"; "the answer was no. Then" ends a sentence. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "vol", "art", "para", "fig", "sec", "p", "pp");
    /** Lower-case abbreviations: "Smith vs. Jones". */
    private static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.of("vs", "v", "cf", "approx");
    /** After "U.S." or "p.m." only these words make a new sentence: "the U.S. Treasury" is one sentence. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that", "these",
            "those", "there", "a", "an", "however", "its", "his", "her", "their", "our", "meanwhile", "after", "when",
            "while", "as", "if", "officials", "some", "both", "earlier", "later");
    private static final int LONGEST_ABBREVIATION = 12;

    /** The sentences inside {@code body} (ranges of {@code text}), numbered from 0 in reading order. */
    public List<Sentence> split(String text, List<Span> body) {
        List<Sentence> sentences = new ArrayList<>();
        java.util.BitSet soft = SoftWraps.of(text);
        for (Span range : body) {
            int lineStart = range.start();
            while (lineStart < range.end()) {
                int lineEnd = lineStart;
                while (lineEnd < range.end() && !endsLine(text, lineEnd, soft)) {
                    lineEnd++;
                }
                splitLine(text, lineStart, lineEnd, sentences);
                lineStart = lineEnd + 1;
            }
        }
        return List.copyOf(sentences);
    }

    /** A line ends at a newline the writer typed; a hard-wrapped paragraph's soft breaks (and their '\r') do not end it. */
    private static boolean endsLine(String text, int i, java.util.BitSet soft) {
        char c = text.charAt(i);
        if (c == '\n') {
            return !soft.get(i);
        }
        return c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n' && soft.get(i + 1));
    }

    private static void splitLine(String text, int from, int to, List<Sentence> sentences) {
        int start = from;
        int i = from;
        while (i < to) {
            if (TERMINALS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && TERMINALS.indexOf(text.charAt(runEnd)) >= 0) {
                runEnd++;
            }
            int end = runEnd;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < to && PageLine.isBlank(text.charAt(next))) {
                next++;
            }
            if (next > end && next < to && endsSentence(text, i, runEnd, next)) {
                add(text, start, end, sentences);
                start = next;
            }
            i = Math.max(runEnd, i + 1);
        }
        add(text, start, to, sentences);
    }

    /** Whether the terminal marks at [{@code mark}, {@code markEnd}) end a sentence, the next one starting at {@code next}. */
    private static boolean endsSentence(String text, int mark, int markEnd, int next) {
        char following = text.charAt(next);
        if (Character.isLowerCase(following)) {
            return false;
        }
        boolean ellipsis = text.charAt(mark) == '…' || markEnd - mark >= 3;
        if (ellipsis) {
            // "(…)" and "[...]" mark words left out of a quotation, not the end of a sentence
            return mark == 0 || "([".indexOf(text.charAt(mark - 1)) < 0;
        }
        if (text.charAt(mark) != '.' || markEnd - mark > 1) {
            return true;
        }
        String before = wordBefore(text, mark);
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return false; // an initial: "J. R. Smith"
        }
        if (before.indexOf('.') >= 0) {
            return SENTENCE_OPENERS.contains(wordAt(text, next));
        }
        String lower = before.toLowerCase(Locale.ROOT);
        if (LOWER_CASE_ABBREVIATIONS.contains(before)) {
            return false;
        }
        boolean capitalised = !before.isEmpty() && Character.isUpperCase(before.charAt(0));
        if (capitalised && BEFORE_NUMBERS.contains(lower)) {
            return !Character.isDigit(following);
        }
        return !(capitalised && ABBREVIATIONS.contains(lower));
    }

    /** The letters and dots just before a full stop, looking back no further than any abbreviation is long. */
    private static String wordBefore(String text, int mark) {
        int start = mark;
        while (start > 0 && mark - start < LONGEST_ABBREVIATION
                && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start, mark);
    }

    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && end - start < LONGEST_ABBREVIATION && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** A sentence is trimmed of blanks and must hold a letter or digit: a stray "." or quote mark is not one. */
    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && PageLine.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && PageLine.isBlank(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                sentences.add(new Sentence(sentences.size(), new Span(start, end)));
                return;
            }
        }
    }
}
