package org.crosscheck.core.normalise;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * Splits text into tokens in one left-to-right pass with bounded look-ahead, so that hostile input
 * (thousands of quote marks, control characters, one huge sentence) costs linear time.
 * Words keep inner hyphens and apostrophes ("north-facing", "Anna's"); numbers keep thousands
 * separators, decimals and a letter suffix ("50,000", "5.5", "1990s", "3rd").
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokens(String text, Span within) {
        List<Token> tokens = new ArrayList<>();
        int i = within.start();
        int end = Math.min(within.end(), text.length());
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int stop = wordEnd(text, i, end);
                int figure = currencyPrefixEnd(text, i, stop);
                if (figure > i) {
                    stop = figure; // "Sh1.2 billion": the currency, then its figure
                }
                tokens.add(new Token(text.substring(i, stop), new Span(i, stop), Token.Kind.WORD));
                i = stop;
            } else if (Character.isDigit(c)) {
                int stop = numberEnd(text, i, end);
                tokens.add(new Token(text.substring(i, stop), new Span(i, stop), Token.Kind.NUMBER));
                i = stop;
            } else {
                int stop = Character.isHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
                tokens.add(new Token(text.substring(i, stop), new Span(i, stop), Token.Kind.PUNCT));
                i = stop;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if (isJoiner(c) && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Where a currency written as letters glued to its figure ends ("Sh1.2 billion", "Rs500", "KSh40,000"), or
     * {@code start} when the word is no such thing.
     */
    private static int currencyPrefixEnd(String text, int start, int stop) {
        int k = start;
        while (k < stop && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return k < stop && Character.isDigit(text.charAt(k)) && QuantityReader.GLUED_CURRENCIES.contains(text.substring(start, k)) ? k : start;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    private static int numberEnd(String text, int i, int end) {
        int j = digitsEnd(text, i, end);
        // thousands groups: exactly three digits after each comma
        while (j < end && text.charAt(j) == ',' && digitsEnd(text, j + 1, end) == j + 4) {
            j += 4;
        }
        if (j + 1 < end && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
            j = digitsEnd(text, j + 1, end);
        }
        int suffix = j;
        while (suffix < end && suffix - j < 2 && Character.isLetter(text.charAt(suffix))) {
            suffix++;
        }
        boolean shortSuffix = suffix == end || !Character.isLetter(text.charAt(suffix));
        return shortSuffix ? suffix : j;
    }

    private static int digitsEnd(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
