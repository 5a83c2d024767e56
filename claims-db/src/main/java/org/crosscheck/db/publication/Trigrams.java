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

    private Trigrams(String text) {
        forEachTrigram(text, question::add);
    }

    static Trigrams of(String text) {
        return new Trigrams(text);
    }

    /** Shared trigrams over all trigrams of both texts: 0 when either has none. */
    double similarity(String text) {
        wording.clear();
        int[] shared = {0};
        forEachTrigram(text, gram -> {
            if (wording.add(gram) && question.contains(gram)) {
                shared[0]++;
            }
        });
        if (question.size() == 0 || wording.size() == 0) {
            return 0;
        }
        return (double) shared[0] / (question.size() + wording.size() - shared[0]);
    }

    /** Lower case without accents, as {@code fold_text} folds; text that is plain ASCII skips the normaliser. */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private interface TrigramSink {
        void accept(long gram);
    }

    /** Each trigram of the folded text, packed into a long (three 16-bit characters); repeats are passed again. */
    private static void forEachTrigram(String text, TrigramSink sink) {
        String folded = fold(text);
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            // the padded word "  word " gives one trigram per character, plus the one ending in the pad
            long a = ' ';
            long b = ' ';
            for (int k = start; k <= i && i > start; k++) {
                long c = k < i ? folded.charAt(k) : ' ';
                sink.accept(a << 32 | b << 16 | c);
                a = b;
                b = c;
            }
        }
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
