package org.crosscheck.db.publication;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Trigram similarity as PostgreSQL's pg_trgm defines it, on text folded like {@code fold_text} (lower case, accents
 * removed): each run of letters and digits is padded with two spaces before and one after, its three-character
 * windows form a set, and the similarity of two texts is their shared trigrams over all their trigrams. The lookup
 * scores its candidates here rather than in SQL because folding and comparing every candidate inside PostgreSQL cost
 * more than half of a lookup's database time; here the question's trigrams are computed once.
 */
final class Trigrams {

    private final TrigramSet question = new TrigramSet();
    /** Reused for each wording compared: one Trigrams serves one lookup on one thread. */
    private final TrigramSet wording = new TrigramSet();
    private long[] grams = new long[256];

    private Trigrams(String text) {
        int count = collect(text);
        for (int k = 0; k < count; k++) {
            question.add(grams[k]);
        }
    }

    static Trigrams of(String text) {
        return new Trigrams(text);
    }

    /** Shared trigrams over all trigrams of both texts: 0 when either has none. */
    double similarity(String text) {
        int count = collect(text);
        wording.clear();
        int shared = 0;
        for (int k = 0; k < count; k++) {
            if (wording.add(grams[k]) && question.contains(grams[k])) {
                shared++;
            }
        }
        if (question.size() == 0 || wording.size() == 0) {
            return 0;
        }
        return (double) shared / (question.size() + wording.size() - shared);
    }

    /** Lower case without accents, as {@code fold_text} folds. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Puts each trigram of the folded text into {@link #grams}, packed into a long (three 16-bit characters), repeats
     * included, and returns how many. Plain ASCII is folded character by character; other text goes through
     * {@link #fold}. This runs for every candidate of every lookup, so it allocates nothing for ASCII.
     */
    private int collect(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String folded = ascii ? text : fold(text);
        int length = folded.length();
        if (grams.length < length * 2 + 2) {
            grams = new long[length * 2 + 2];
        }
        int count = 0;
        int i = 0;
        while (i < length) {
            while (i < length && !isWordCharacter(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isWordCharacter(folded.charAt(i))) {
                i++;
            }
            // the padded word "  word " gives one trigram per character, plus the one ending in the pad
            long a = ' ';
            long b = ' ';
            for (int k = start; k <= i && i > start; k++) {
                long c = k < i ? lower(folded.charAt(k)) : ' ';
                grams[count++] = a << 32 | b << 16 | c;
                a = b;
                b = c;
            }
        }
        return count;
    }

    private static boolean isWordCharacter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    /** ASCII lower case; other characters were folded with the whole text. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** A set of packed trigrams: open addressing over a power-of-two table, cleared by stamping rather than filling. */
    private static final class TrigramSet {
        private long[] grams = new long[256];
        private int[] stamps = new int[256];
        private int stamp = 1;
        private int size;

        void clear() {
            stamp++;
            size = 0;
        }

        int size() {
            return size;
        }

        /** Whether the trigram was new. */
        boolean add(long gram) {
            if ((size + 1) * 2 > grams.length) {
                grow();
            }
            int mask = grams.length - 1;
            for (int slot = slot(gram, mask); ; slot = (slot + 1) & mask) {
                if (stamps[slot] != stamp) {
                    stamps[slot] = stamp;
                    grams[slot] = gram;
                    size++;
                    return true;
                }
                if (grams[slot] == gram) {
                    return false;
                }
            }
        }

        boolean contains(long gram) {
            int mask = grams.length - 1;
            for (int slot = slot(gram, mask); stamps[slot] == stamp; slot = (slot + 1) & mask) {
                if (grams[slot] == gram) {
                    return true;
                }
            }
            return false;
        }

        private static int slot(long gram, int mask) {
            return (int) ((gram * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }

        private void grow() {
            long[] oldGrams = grams;
            int[] oldStamps = stamps;
            int oldStamp = stamp;
            grams = new long[oldGrams.length * 2];
            stamps = new int[oldGrams.length * 2];
            stamp = 1;
            size = 0;
            for (int k = 0; k < oldGrams.length; k++) {
                if (oldStamps[k] == oldStamp) {
                    add(oldGrams[k]);
                }
            }
        }
    }
}
