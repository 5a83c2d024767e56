package org.crosscheck.core.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The spelling-insensitive form of a name: Çavuşoğlu and Cavusoglu, "the Libyan Government" and "Libyan government"
 * fold alike. Transliteration of the Arabic article (el-Sisi, al-Sisi) folds to one form too.
 */
public final class NameForm {

    private NameForm() {
    }

    /**
     * Letters that carry their mark inside them, which Unicode decomposition leaves alone: "Orłów" is written
     * "Orlow" without Polish letters, "Søren" "Soren", "Đorđe" "Dorde".
     */
    public static String plainLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ı' -> out.append('i');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(plainLetters(name).replace('’', '\''), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\'' && i + 1 < s.length() && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        String folded = out.toString().strip();
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return folded.toLowerCase(Locale.ROOT);
    }

    /** A place's folded name without a trailing "Sea", "River"...: "the eastern Mediterranean" and "Mediterranean Sea" agree. */
    public static String placeKey(String name) {
        String folded = fold(name);
        int space = folded.lastIndexOf(' ');
        if (space > 0 && GEOGRAPHY.contains(folded.substring(space + 1))) {
            folded = folded.substring(0, space);
        }
        // transliterated place names place an 'h' after a consonant as they like: Benghazi, Bengazhi, Bengasi
        return folded.replaceAll("(?<=[bcdgkstz])h", "");
    }

    static final java.util.Set<String> GEOGRAPHY = java.util.Set.of("sea", "ocean", "river", "gulf", "lake",
            "desert", "mountains", "strait", "bay", "coast", "basin", "canal", "island", "islands", "peninsula", "valley", "plateau");

    /** The folded form with Arabic-article and y/i-ending variants made equal, for comparing person names. */
    /** Words that open a surname: "Van den Broeck" is the surname "vandenbroeck" written apart. */
    static final java.util.Set<String> SURNAME_PARTICLES = java.util.Set.of("van", "von", "den", "der", "de", "ter", "te",
            "del", "della", "di", "da", "dos", "das", "le", "la");

    /**
     * The words of a lower-case name with a surname opened by particles joined into one ("dirk van den broeck" →
     * "dirk", "vandenbroeck"); a name that opens with a particle is all surname.
     */
    /** Whether a word (any case) opens a surname: "van", "den", "de". */
    public static boolean isSurnameParticle(String word) {
        return SURNAME_PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public static String[] givenAndSurname(String lowerName) {
        String[] words = lowerName.split(" ");
        int from = words.length - 1;
        while (from > 0 && SURNAME_PARTICLES.contains(words[from - 1])) {
            from--;
        }
        if (from == words.length - 1) {
            return words;
        }
        String[] out = new String[from + 1];
        System.arraycopy(words, 0, out, 0, from);
        out[from] = String.join("", java.util.Arrays.copyOfRange(words, from, words.length));
        return out;
    }

    public static String transliterated(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : fold(name).split(" ")) {
            String p = part;
            if ((p.startsWith("el ") || p.equals("el") || p.equals("al"))) {
                continue;
            }
            p = p.replace("sh", "s").replace("kh", "k").replace("ou", "u").replace("ph", "f");
            if (p.endsWith("y")) {
                p = p.substring(0, p.length() - 1) + "i";
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }
}
