package org.crosscheck.core.attribution;

import java.util.AbstractList;
import java.util.List;

/**
 * The words of one stretch of text with its clause marks found once, so that finding where each paraphrase ends
 * or where each clause starts is a lookup, not a rescan: a sentence with thousands of cues stays linear.
 */
final class Stretch extends AbstractList<Word> {

    private final List<Word> words;
    private final int[] nextBreak;
    private final int[] clauseStart;

    Stretch(List<Word> words) {
        this.words = words;
        int n = words.size();
        nextBreak = new int[n + 1];
        clauseStart = new int[n + 1];
        nextBreak[n] = n;
        for (int k = n - 1; k >= 0; k--) {
            boolean breaks = k + 1 < n && words.get(k).isPunct(',') && words.get(k + 1).kind() == Word.Kind.WORD
                    && PhraseEdges.SUBORDINATE.contains(words.get(k + 1).lower());
            nextBreak[k] = breaks ? k : nextBreak[k + 1];
        }
        int start = 0;
        for (int k = 0; k <= n; k++) {
            clauseStart[k] = start;
            if (k < n && words.get(k).kind() == Word.Kind.PUNCT && ";:".indexOf(words.get(k).text().charAt(0)) >= 0 && !clockTime(k)) {
                start = k + 1;
            }
        }
    }

    /** "at about 9:40 p.m.": a colon between digits is a time of day, not a clause mark. */
    private boolean clockTime(int colon) {
        return colon > 0 && colon + 1 < words.size() && Character.isDigit(words.get(colon - 1).text().charAt(words.get(colon - 1).text().length() - 1))
                && Character.isDigit(words.get(colon + 1).text().charAt(0));
    }

    @Override
    public Word get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }

    /** First ", where|after|..." comma at or after {@code from}, or the stretch's end. */
    int nextBreak(int from) {
        return nextBreak[Math.min(from, words.size())];
    }

    /** Start of the clause that contains the word before {@code end} (after the last ';' or ':'). */
    int clauseStart(int end) {
        return clauseStart[Math.max(0, Math.min(end, words.size()))];
    }
}
