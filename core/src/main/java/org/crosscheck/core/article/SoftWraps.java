package org.crosscheck.core.article;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * The line breaks of a hard-wrapped text that are not the writer's: wire copy and e-mailed articles are often wrapped
 * at a fixed width (72 or 80 columns), which breaks sentences across lines. A page counts as wrapped when its longest
 * line is from {@link #NARROWEST_WRAP} to {@link #WIDEST_WRAP} characters and at least {@link #FULL_LINES} lines come
 * within {@link #FULL_SLACK} of it; a break there is soft when the next line's first word would not have fitted on the line
 * before (the wrapper moved it down). Blank lines, and lines too short for that, stay breaks: paragraphs and headings
 * keep their ends. The text is not changed; readers only skip the soft breaks.
 */
final class SoftWraps {

    static final int NARROWEST_WRAP = 40;
    static final int WIDEST_WRAP = 100;
    static final int FULL_LINES = 3;
    static final int FULL_SLACK = 12;

    private SoftWraps() {
    }

    /** The offsets of the soft line breaks ('\n') in {@code text}. */
    static BitSet of(String text) {
        BitSet soft = new BitSet();
        List<int[]> lines = new ArrayList<>(); // trimmed start, trimmed end, offset of the '\n' after it (or -1)
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            Span line = PageLine.trimmed(text, start, end);
            lines.add(new int[] {line.start(), line.end(), newline});
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        int widest = 0;
        for (int[] line : lines) {
            widest = Math.max(widest, line[1] - line[0]);
        }
        if (widest < NARROWEST_WRAP || widest > WIDEST_WRAP) {
            return soft;
        }
        int full = 0;
        for (int[] line : lines) {
            full += line[1] - line[0] >= widest - FULL_SLACK ? 1 : 0;
        }
        if (full < FULL_LINES) {
            return soft;
        }
        for (int k = 0; k + 1 < lines.size(); k++) {
            int[] line = lines.get(k);
            int[] next = lines.get(k + 1);
            if (line[1] == line[0] || next[1] == next[0] || line[2] < 0) {
                continue;
            }
            int word = next[0];
            while (word < next[1] && !PageLine.isBlank(text.charAt(word))) {
                word++;
            }
            if ((line[1] - line[0]) + 1 + (word - next[0]) > widest) {
                soft.set(line[2]);
            }
        }
        return soft;
    }
}
