package org.crosscheck.core.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Regular English verb forms, so the lexicon lists lemmas only and irregular forms where they differ. */
final class Inflection {

    private Inflection() {
    }

    static Set<String> regularForms(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        forms.add(past(lemma));
        forms.add(gerund(lemma));
        return forms;
    }

    /** British "-ise" forms also in the American "-ize" spelling ("authorised", "authorized"). */
    static List<String> spellings(String form) {
        int at = form.indexOf("is", Math.max(0, form.length() - 6));
        if (at > 0 && form.length() > 5 && (form.startsWith("e", at + 2) || form.startsWith("i", at + 2))) {
            return List.of(form, form.substring(0, at) + "iz" + form.substring(at + 2));
        }
        return List.of(form);
    }

    private static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) {
            return v + "es";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "ies" : v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "ied" : v + "ed";
    }

    private static String gerund(String v) {
        return v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
    }
}
