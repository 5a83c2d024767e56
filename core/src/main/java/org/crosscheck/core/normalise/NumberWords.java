package org.crosscheck.core.normalise;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a number as newsrooms write it: digits ("50,000", "5.5"), words ("ten", "twenty-five",
 * "two hundred and fifty") or both ("3 million", "a dozen").
 */
public final class NumberWords {

    /** A number read from tokens {@code [from, next)}. */
    public record Reading(double value, int from, int next) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "last", -1);

    /** No number a reporter writes takes more words than this ("two hundred and fifty-three thousand ..."). */
    private static final int MAX_TOKENS = 12;

    private NumberWords() {
    }

    /** A cardinal number starting at token {@code i}, or empty when none starts there. */
    public static Optional<Reading> read(List<Token> tokens, int i) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int j = i;
        if (j < tokens.size() && (tokens.get(j).is("a") || tokens.get(j).is("an")) && startsScale(tokens, j + 1)) {
            current = 1;
            j++;
        }
        while (j < tokens.size() && j - i < MAX_TOKENS) {
            Token t = tokens.get(j);
            OptionalNumber small = small(t);
            if (small.present && (!any || current == 0 || small.value < 10 && current % 10 == 0 && current < 100)) {
                current += small.value;
            } else if (any && SCALES.containsKey(t.lower())) {
                double scale = SCALES.get(t.lower());
                if (scale == 1e2) {
                    current = Math.max(current, 1) * scale;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
            } else if (any && t.is("and") && j + 1 < tokens.size() && small(tokens.get(j + 1)).present
                    && (total + current) >= 100) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            j++;
        }
        return any ? Optional.of(new Reading(total + current, i, j)) : Optional.empty();
    }

    /** "second" in "the second week of June"; -1 for "last". */
    public static Optional<Integer> ordinal(Token t) {
        Integer word = ORDINALS.get(t.lower());
        if (word != null) {
            return Optional.of(word);
        }
        String s = t.lower();
        if (t.isNumber() && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
            return Optional.of(Integer.parseInt(s.substring(0, s.length() - 2)));
        }
        return Optional.empty();
    }

    private static boolean startsScale(List<Token> tokens, int j) {
        return j < tokens.size() && (SCALES.containsKey(tokens.get(j).lower()) || tokens.get(j).is("dozen"));
    }

    private record OptionalNumber(boolean present, double value) {
    }

    /** A number written as one word ("forty", "forty-eight", "40"), for compounds such as "forty-year". */
    public static java.util.OptionalDouble word(String lower) {
        if (!lower.isEmpty() && lower.chars().allMatch(Character::isDigit)) {
            return java.util.OptionalDouble.of(Double.parseDouble(lower));
        }
        Integer v = SMALL.get(lower);
        if (v != null) {
            return java.util.OptionalDouble.of(v);
        }
        int hyphen = lower.indexOf('-');
        if (hyphen > 0) {
            Integer tens = SMALL.get(lower.substring(0, hyphen));
            Integer unit = SMALL.get(lower.substring(hyphen + 1));
            if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit < 10) {
                return java.util.OptionalDouble.of(tens + unit);
            }
        }
        return java.util.OptionalDouble.empty();
    }

    private static OptionalNumber small(Token t) {
        if (t.isNumber()) {
            String digits = t.text().replace(",", "");
            return digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')
                    ? new OptionalNumber(true, Double.parseDouble(digits)) : new OptionalNumber(false, 0);
        }
        java.util.OptionalDouble word = t.isWord() ? word(t.lower()) : java.util.OptionalDouble.empty();
        return word.isPresent() ? new OptionalNumber(true, word.getAsDouble()) : new OptionalNumber(false, 0);
    }

    /** The scale a word multiplies by ("million" → 1e6), if it is one. */
    static java.util.Optional<Double> scale(String lower) {
        return java.util.Optional.ofNullable(SCALES.get(lower));
    }
}
