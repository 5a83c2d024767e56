package org.crosscheck.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * Finds quoted passages in one pass: straight and curly double marks, guillemets, and single marks where they
 * are not apostrophes. Single marks inside a double quotation are part of it. An unmatched mark never swallows
 * more than {@link #LONGEST} characters, and a new paragraph that opens a quotation closes the one before
 * (the newsroom convention for quotes that run over several paragraphs).
 */
public final class QuoteMarks {

    static final int LONGEST = 4000;

    private QuoteMarks() {
    }

    public static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        int single = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                single = -1;
            }
            if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
                boolean opening = c == '“' || c == '„' || c == '«';
                boolean closing = c == '”' || c == '»';
                if (open >= 0 && i - open > LONGEST) {
                    open = -1;
                }
                if (open >= 0 && !closing && opensParagraph(text, open, i)) {
                    add(text, open, lineEnd(text, open), quotes);
                    open = i;
                } else if (open >= 0 && !opening) {
                    add(text, open, i + 1, quotes);
                    open = -1;
                } else if (!closing) {
                    open = i;
                }
                single = -1;
            } else if (open < 0 && (c == '‘' || c == '’' || c == '\'')) {
                boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                if (single >= 0 && !wordAfter && i - single < LONGEST) {
                    add(text, single, i + 1, quotes);
                    single = -1;
                } else if (!wordBefore && wordAfter && c != '’') {
                    single = i;
                }
            }
        }
        return quotes;
    }

    /** A mark at the start of a later paragraph, followed by words: it opens a new quotation. */
    private static boolean opensParagraph(String text, int open, int mark) {
        boolean wordAfter = mark + 1 < text.length() && Character.isLetterOrDigit(text.charAt(mark + 1));
        if (!wordAfter) {
            return false;
        }
        for (int j = mark - 1; j > open; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static void add(String text, int start, int end, List<Quote> quotes) {
        int from = start + 1;
        int to = isMark(text.charAt(end - 1)) && end - 1 > start ? end - 1 : end;
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && (isBlank(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
            to--;
        }
        if (to > from) {
            quotes.add(new Quote(new Span(start, end), new Span(from, to)));
        }
    }

    private static boolean isMark(char c) {
        return "\"“”„«»‘’'".indexOf(c) >= 0;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
