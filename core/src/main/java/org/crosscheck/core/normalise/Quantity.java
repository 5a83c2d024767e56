package org.crosscheck.core.normalise;

import java.util.Locale;
import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * A number as an article states it: the interval of values the wording allows ("more than 50,000" is
 * [50,000, ∞), "nearly 3 million" [2.7 million, 3 million]), the qualifier that produced it, the noun it
 * counts ("people", "military personnel"; empty when none) and its exact span.
 */
public record Quantity(double lower, double upper, Qualifier qualifier, String measure, Span span) {

    public enum Qualifier { EXACT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, ABOUT, NEARLY, VAGUE }

    public Quantity {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(span, "span");
        if (Double.isNaN(lower) || Double.isNaN(upper) || upper < lower) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    /** The figure as written: the bound for "more than"/"nearly", the midpoint otherwise. */
    public double stated() {
        return switch (qualifier) {
            case MORE_THAN, AT_LEAST -> lower;
            case LESS_THAN, AT_MOST, NEARLY -> upper;
            default -> Double.isInfinite(upper) ? lower : (lower + upper) / 2;
        };
    }

    /** Agreement under the newsroom's default reading of rounded figures. */
    public boolean agrees(Quantity other) {
        return QuantityAgreement.ROUNDED_FIGURES.agree(this, other);
    }

    /** Nouns that count people: "12,000 residents" and "12,000 people" count the same. */
    public static final java.util.Set<String> PEOPLE = java.util.Set.of("person", "civilian", "soldier", "resident", "child",
            "victim", "worker", "migrant", "refugee", "passenger", "casualty", "fatality", "rescuer", "journalist", "villager",
            "inhabitant", "evacuee", "citizen");

    /** Whether two figures count the same kind of thing: the same noun, one of them none, or both people. */
    public boolean countsLike(Quantity other) {
        String a = measureKey();
        String b = other.measureKey();
        return a.isEmpty() || b.isEmpty() || a.equals(b) || PEOPLE.contains(a) && PEOPLE.contains(b);
    }

    /** The counted noun reduced for comparison: last word, singular, lower case ("Military Personnel" → "personnel"). */
    public String measureKey() {
        String m = measure.trim().toLowerCase(Locale.ROOT);
        if (m.isEmpty()) {
            return "";
        }
        String head = m.substring(m.lastIndexOf(' ') + 1);
        if (head.equals("people") || head.equals("persons")) {
            return "person";
        }
        if (head.endsWith("ies") && head.length() > 4) {
            return head.substring(0, head.length() - 3) + "y";
        }
        return head.endsWith("s") && !head.endsWith("ss") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
    }
}
