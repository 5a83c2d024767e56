package org.crosscheck.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.text.Span;

/**
 * Sentence breaks for text that arrives without them: every line is its own paragraph, and a sentence ends at
 * . ! or ? (with any closing marks) before a capital, digit or opening mark, except after a title or an initial.
 */
public final class PlainSentences {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st", "prof",
            "sen", "rep", "gov", "capt", "maj", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd");

    private PlainSentences() {
    }

    public static List<Sentence> of(String text, List<Span> body) {
        List<Sentence> out = new ArrayList<>();
        for (Span range : body) {
            int start = range.start();
            for (int i = range.start(); i < range.end(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    start = add(text, start, i, out);
                    start = i + 1;
                } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, range.end())) {
                    int end = i + 1;
                    while (end < range.end() && "\"”’')]".indexOf(text.charAt(end)) >= 0) {
                        end++;
                    }
                    add(text, start, end, out);
                    start = end;
                    i = end - 1;
                }
            }
            add(text, start, range.end(), out);
        }
        return out;
    }

    private static boolean endsSentence(String text, int dot, int limit) {
        int k = dot + 1;
        while (k < limit && "\"”’')]".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k >= limit) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(k))) {
            return false;
        }
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        if (k < limit && !(Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
                || "\"“‘'(\n".indexOf(text.charAt(k)) >= 0)) {
            return false;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return text.charAt(dot) != '.' || !(initial || TITLES.contains(word.toLowerCase(java.util.Locale.ROOT)));
    }

    private static int add(String text, int start, int end, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), new Span(s, e)));
        }
        return end;
    }
}
