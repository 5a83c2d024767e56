package org.crosscheck.ingest.analyze;

/**
 * Offsets in an article as read (a UTF-8 byte-order mark dropped, every line break kept as written) moved to the
 * file as a text reader opens it: the mark, when there is one, is its first character, and a CR LF line break is one
 * character. A reader of the report who opens the file as text then finds each span's words at its offsets, whatever
 * the editor the article was saved with.
 */
final class FileText {

    private final int mark;
    /** Offsets (in the text as read) of each CR that a LF follows, ascending. */
    private final int[] joinedBreaks;

    private FileText(int mark, int[] joinedBreaks) {
        this.mark = mark;
        this.joinedBreaks = joinedBreaks;
    }

    /** {@code text} as read from a file that began with a byte-order mark or not. */
    static FileText of(String text, boolean byteOrderMark) {
        int n = 0;
        int[] breaks = new int[16];
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                if (n == breaks.length) {
                    breaks = java.util.Arrays.copyOf(breaks, n * 2);
                }
                breaks[n++] = i;
            }
        }
        return new FileText(byteOrderMark ? 1 : 0, java.util.Arrays.copyOf(breaks, n));
    }

    boolean changesNothing() {
        return mark == 0 && joinedBreaks.length == 0;
    }

    /** The offset, in the file opened as text, of the offset {@code at} in the text as read. */
    int offset(int at) {
        // every CR before {@code at} whose LF is also before it (or at it) is folded into that LF
        int i = java.util.Arrays.binarySearch(joinedBreaks, at);
        int folded = i >= 0 ? i : -i - 1;
        return at + mark - folded;
    }
}
