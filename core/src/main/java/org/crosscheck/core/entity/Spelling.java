package org.crosscheck.core.entity;

/** Small spelling differences between two renderings of one name ("Soukry" and "Soukri", "Shoukry"). */
public final class Spelling {

    private Spelling() {
    }

    /** True when at most two substitutions, insertions or deletions turn {@code a} into {@code b}. */
    public static boolean withinTwoEdits(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 2 && editDistance(a, b) <= 2;
    }

    /** The number of single-letter substitutions, insertions and deletions that turn {@code a} into {@code b}. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** True when one substitution, insertion or deletion turns {@code a} into {@code b}. Linear in the length. */
    public static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(Math.min(i, shorter.length())));
    }

    /**
     * A one-letter slip of a surname: one edit apart, but not the word's singular or plural ("Wine" opening a
     * quotation is the drink, not a slip of "Jinhai Fine Wines"). Case-sensitive, like {@link #withinOneEdit}.
     */
    public static boolean slipOfSurname(String surname, String written) {
        boolean number = surname.equals(written + "s") || written.equals(surname + "s");
        return written.length() >= 4 && withinOneEdit(surname, written) && !number;
    }
}
