package org.crosscheck.core.text;

/** Where lines of an article begin: a dateline ("LISBON -") or a timeline's date ("19 May.") opens its line. */
public final class Lines {

    private Lines() {
    }

    /** Whether only spaces or tabs stand between {@code offset} and the line break (or the text's start) before it. */
    public static boolean opensLine(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }
}
