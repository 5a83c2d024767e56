package org.crosscheck.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * Splits a stretch of article text into {@link Word}s in one linear pass. Hyphenated names (al-Rahman),
 * abbreviations (U.S.) and elisions stay whole; a possessive 's is its own token; each quotation lying
 * wholly inside the stretch becomes a single QUOTE token.
 */
public final class Words {

    private Words() {
    }

    public static List<Word> of(String text, Span range, List<Quote> quotes) {
        List<Word> words = new ArrayList<>();
        int q = 0;
        int i = range.start();
        while (i < range.end()) {
            while (q < quotes.size() && quotes.get(q).marks().start() < i) {
                q++;
            }
            char c = text.charAt(i);
            if (q < quotes.size() && quotes.get(q).marks().start() == i && quotes.get(q).marks().end() <= range.end()) {
                Span marks = quotes.get(q).marks();
                words.add(new Word(marks, marks.of(text), Word.Kind.QUOTE));
                i = marks.end();
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, range.end(), words);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                i++;
            } else {
                words.add(new Word(new Span(i, i + 1), String.valueOf(c), Word.Kind.PUNCT));
                i++;
            }
        }
        return words;
    }

    private static int word(String text, int start, int limit, List<Word> words) {
        int i = start;
        while (i < limit) {
            char c = text.charAt(i);
            boolean joiner = (c == '-' || c == '.' || c == '\'' || c == '’' || c == '&') && i + 1 < limit
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (joiner && !possessive(text, i, limit)) {
                i++;
            } else {
                break;
            }
        }
        if (i < limit && text.charAt(i) == '.' && i - start >= 2 && text.charAt(i - 2) == '.') {
            i++;
        }
        words.add(new Word(new Span(start, i), text.substring(start, i), Word.Kind.WORD));
        if (i + 1 < limit && possessive(text, i, limit)) {
            words.add(new Word(new Span(i, i + 2), text.substring(i, i + 2), Word.Kind.POSSESSIVE));
            return i + 2;
        }
        if (pluralPossessive(text, i, limit)) {
            // "the hoteliers' association", "the farmers' union": one noun phrase, not a closing quotation mark
            words.add(new Word(new Span(i, i + 1), text.substring(i, i + 1), Word.Kind.POSSESSIVE));
            return i + 1;
        }
        return i;
    }

    private static boolean pluralPossessive(String text, int i, int limit) {
        if (i + 2 >= limit || i == 0) {
            return false;
        }
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        return (c == '\'' || c == '’') && (before == 's' || before == 'S') && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2));
    }

    private static boolean possessive(String text, int i, int limit) {
        char c = text.charAt(i);
        if ((c != '\'' && c != '’') || i + 1 >= limit || (text.charAt(i + 1) != 's' && text.charAt(i + 1) != 'S')) {
            return false;
        }
        return i + 2 >= limit || !Character.isLetterOrDigit(text.charAt(i + 2));
    }
}
