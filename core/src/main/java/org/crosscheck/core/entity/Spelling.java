package org.crosscheck.core.entity;

/** Small spelling differences between two renderings of one name ("Soukry" and "Soukri", "Shoukry"). */
public final class Spelling {

    private Spelling() {
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
}
