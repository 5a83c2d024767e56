package org.crosscheck.core.attribution;

import org.crosscheck.core.text.Span;

/** One token of an article: a word, a punctuation mark, or a whole quotation treated as one unit. */
public record Word(Span span, String text, Kind kind) {

    public enum Kind { WORD, POSSESSIVE, PUNCT, QUOTE }

    public boolean is(String lowerCase) {
        return kind == Kind.WORD && text.equalsIgnoreCase(lowerCase);
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    public boolean capitalised() {
        if (kind != Kind.WORD) {
            return false;
        }
        int hyphen = text.indexOf('-');
        // Arabic-article names keep their capital after the particle: al-Rahman, el-Masri
        boolean particle = hyphen >= 1 && hyphen <= 3 && hyphen + 1 < text.length() && Character.isLowerCase(text.charAt(0))
                && Character.isUpperCase(text.charAt(hyphen + 1));
        return particle || Character.isUpperCase(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
