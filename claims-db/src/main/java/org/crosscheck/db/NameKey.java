package org.crosscheck.db;

import java.text.Normalizer;
import java.util.Locale;

/** A name folded for lookup: case, accents and spacing do not make another outlet or actor. */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replace('ı', 'i');
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
