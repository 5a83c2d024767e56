package org.crosscheck.core.conflict;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.entity.NameForm;
import org.crosscheck.core.entity.Spelling;
import org.crosscheck.core.text.Span;

/**
 * One person or place spelled in several ways across the articles (NameConflictsTest states the rules):
 * letters that differ ("Soukry", "Soukri", "Shoukry") are probably a misspelling and weigh MEDIUM for a person,
 * LOW for a place; forms that differ only in diacritics ("Cavusoglu", "Çavuşoğlu") or in the transliterated Arabic
 * article ("el-Sisi", "al-Sisi") are LOW: one name an editor may want written one way. A bare surname is not a
 * variant of the full name, and a description ("the Egyptian minister") is not a spelling at all.
 */
public final class NameConflicts {

    enum Variation { DIACRITICS, SPACING, ARTICLE, LETTERS }

    private static final Set<String> PARTICLES = Set.of("el", "al", "ad", "as", "ash", "ar", "an", "bin", "ibn", "bint");
    private static final int MAX_LETTER_EDITS = 2;
    /** A courtesy title before a surname is not part of the name: "Ms Adeyemi" is Bola Adeyemi written short. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");

    private record Form(String written, NameSighting first, List<NameSighting> sightings) {
    }

    public List<Conflict> find(List<NameSighting> sightings) {
        Map<String, List<NameSighting>> byEntity = new LinkedHashMap<>();
        sightings.stream().filter(s -> s.kind().equals("person") || s.kind().equals("place"))
                .forEach(s -> byEntity.computeIfAbsent(s.entity(), k -> new ArrayList<>()).add(s));
        List<Conflict> found = new ArrayList<>();
        byEntity.values().forEach(of -> variantsOf(of).ifPresent(found::add));
        return found;
    }

    private java.util.Optional<Conflict> variantsOf(List<NameSighting> sightings) {
        NameSighting any = sightings.get(0);
        String surname = lastOf(NameForm.givenAndSurname(NameForm.transliterated(any.entityName())));
        Map<String, Form> forms = new LinkedHashMap<>();
        for (NameSighting s : sightings) {
            NameSighting name = nameRun(s, words(any.entityName(), false).size());
            if (name == null || !namesTheEntity(name.surface(), surname, any.kind())) {
                continue;
            }
            forms.computeIfAbsent(name.surface(), k -> new Form(k, name, new ArrayList<>())).sightings().add(name);
        }
        List<Form> list = new ArrayList<>(forms.values());
        Variation worst = null;
        List<Form> involved = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Variation v = comparable(list.get(i).written(), list.get(j).written(), any.kind())
                        ? variation(list.get(i).written(), list.get(j).written()) : null;
                if (v != null) {
                    worst = worst == null || v.ordinal() > worst.ordinal() ? v : worst;
                    if (!involved.contains(list.get(i))) {
                        involved.add(list.get(i));
                    }
                    if (!involved.contains(list.get(j))) {
                        involved.add(list.get(j));
                    }
                }
            }
        }
        if (worst == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(conflict(any, involved, worst));
    }

    private static Conflict conflict(NameSighting entity, List<Form> forms, Variation worst) {
        List<ConflictSide> sides = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Form f : forms) {
            written.add("\u201c" + f.written() + "\u201d");
            // One side per document in which the form appears: where an editor would correct it.
            Map<String, NameSighting> firstPerDocument = new LinkedHashMap<>();
            f.sightings().forEach(s -> firstPerDocument.putIfAbsent(s.document(), s));
            firstPerDocument.values().forEach(s -> sides.add(new ConflictSide(s.document(), s.span(), "written " + f.written(), null)));
        }
        String why = switch (worst) {
            case LETTERS -> "The letters differ, so at least one is probably a misspelling.";
            case ARTICLE -> "They differ in how the Arabic article is transliterated; it is one name, which could be written one way.";
            case DIACRITICS -> "They differ only in diacritics; it is one name, which could be written one way.";
            case SPACING -> "They differ only in how the name's parts are spaced (\u201cVan den\u201d, \u201cVanden\u201d); it is one name, which "
                    + "could be written one way.";
        };
        String explanation = entity.entityName() + " is written " + forms.size() + " ways: " + String.join(", ", written) + ". " + why;
        boolean person = entity.kind().equals("person");
        Severity severity = worst == Variation.LETTERS && person ? Severity.MEDIUM : Severity.LOW;
        return new Conflict(ConflictKind.NAME, severity, explanation, sides, List.of(entity.entity()));
    }

    /** A place is compared whole ("Mediterranean Sea" is not a misspelt "eastern Mediterranean"); a person by surname. */
    private static boolean comparable(String a, String b, String kind) {
        return !kind.equals("place") || words(a, false).size() == words(b, false).size();
    }

    /** How two written forms of one name differ, compared over the words both have; null when they do not. */
    static Variation variation(String a, String b) {
        List<String> x = words(a, false);
        List<String> y = words(b, false);
        int n = Math.min(x.size(), y.size());
        List<String> tailX = x.subList(x.size() - n, x.size());
        List<String> tailY = y.subList(y.size() - n, y.size());
        if (tailX.equals(tailY)) {
            return null;
        }
        if (stripped(tailX).equals(stripped(tailY))) {
            return Variation.DIACRITICS;
        }
        String joinedX = String.join("", stripped(x));
        String joinedY = String.join("", stripped(y));
        if (joinedX.endsWith(joinedY) || joinedY.endsWith(joinedX)) {
            return Variation.SPACING;
        }
        List<String> bareX = withoutParticles(words(a, true));
        List<String> bareY = withoutParticles(words(b, true));
        int m = Math.min(bareX.size(), bareY.size());
        if (bareX.subList(bareX.size() - m, bareX.size()).equals(bareY.subList(bareY.size() - m, bareY.size()))) {
            return Variation.ARTICLE;
        }
        return Variation.LETTERS;
    }

    /**
     * The name at the end of a sighting: its capitalised run, at most as many words as the entity's name has
     * ("Turkish Foreign Minister Mevlut Cavusoglu" → "Mevlut Cavusoglu").
     */
    private static NameSighting nameRun(NameSighting s, int maxWords) {
        String text = s.surface();
        int end = text.length();
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        int at = end;
        int taken = 0;
        while (at > 0 && taken < maxWords) {
            int wordStart = at;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, at);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean particle = PARTICLES.contains(lower.split("-")[0]) && word.contains("-") || PARTICLES.contains(lower)
                    || NameForm.isSurnameParticle(word) && at < end;
            boolean honorific = HONORIFICS.contains(lower.replace(".", ""));
            if (word.isEmpty() || honorific || !(Character.isUpperCase(word.charAt(0)) || particle) || word.endsWith("'s") || word.endsWith("\u2019s")) {
                break;
            }
            start = wordStart;
            at = wordStart;
            taken += word.split("-").length > 1 && PARTICLES.contains(lower.split("-")[0]) ? 2 : 1;
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
        }
        if (start >= end) {
            return null;
        }
        Span span = new Span(s.span().start() + start, s.span().start() + end);
        return new NameSighting(s.document(), span, text.substring(start, end), s.entity(), s.entityName(), s.kind());
    }

    /** A written form names the entity when its last word is the entity's surname, or a close spelling of it. */
    private static boolean namesTheEntity(String written, String surname, String kind) {
        String last = lastOf(NameForm.givenAndSurname(NameForm.transliterated(written)));
        // a place is named by its own letters, however cased ("LILONGWE" in a dateline); "It" referring to it is no spelling
        return last.equalsIgnoreCase(surname) || Spelling.editDistance(last.toLowerCase(Locale.ROOT), surname.toLowerCase(Locale.ROOT))
                <= MAX_LETTER_EDITS && last.length() >= 4 || kind.equals("place") && words(written, false).size() > 1;
    }

    private static String lastOf(String[] words) {
        return words[words.length - 1];
    }

    private static List<String> words(String name, boolean fold) {
        String s = fold ? Normalizer.normalize(NameForm.plainLetters(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "") : name;
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> stripped(List<String> words) {
        return words.stream().map(w -> Normalizer.normalize(NameForm.plainLetters(w), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")).toList();
    }

    private static List<String> withoutParticles(List<String> words) {
        return words.stream().filter(w -> !PARTICLES.contains(w)).toList();
    }
}
