package org.crosscheck.core.normalise;

import java.util.Locale;
import org.crosscheck.core.text.Span;

/** One word, number or punctuation mark of an article, pointing back at its exact characters. */
public record Token(String text, Span span, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** Digits only ("2021", "05"), without thousands separators, decimals or suffixes. */
    public boolean isPlainDigits() {
        if (kind != Kind.NUMBER) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
