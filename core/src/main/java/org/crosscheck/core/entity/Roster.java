package org.crosscheck.core.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One canonical actor per real actor across articles. Countries, places, named organisations and groups merge on
 * their folded names; a country's institution merges only with the same institution of the same country and
 * qualifier; people merge on their transliterated full name, on a one-letter surname variant when the given name
 * also agrees, on one surname when the given name is one name transliterated two ways ("Yiannis", "Giannis"), and a
 * bare surname joins the one person who carries it. Actors of different countries never merge.
 */
public final class Roster {

    private final List<Actor> actors = new ArrayList<>();

    public void add(ArticleCast cast) {
        actors.addAll(cast.actors());
    }

    /** Merges and returns the canonical actors, each with a stable id. */
    public Map<Actor, String> settle() {
        Map<String, Actor> byKey = new HashMap<>();
        for (Actor a : live()) {
            String key = key(a);
            if (key == null) {
                continue;
            }
            Actor known = byKey.get(key);
            if (known == null) {
                byKey.put(key, a);
            } else if (compatible(known.canonical(), a)) {
                known.canonical().absorb(a);
            }
        }
        mergePeople(live().stream().filter(a -> a.kind() == EntityKind.PERSON).toList());
        Map<Actor, String> ids = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Actor a : live()) {
            String slug = slug(a.kind(), a.name());
            int n = used.merge(slug, 1, Integer::sum);
            ids.put(a, n == 1 ? slug : slug + "-" + n);
        }
        return ids;
    }

    /** The id an actor of this kind and name gets ("country-portugal"), before any number telling namesakes apart. */
    public static String slug(EntityKind kind, String name) {
        return kind.label() + "-" + NameForm.fold(name).replace(' ', '-');
    }

    private List<Actor> live() {
        Map<Actor, Boolean> seen = new IdentityHashMap<>();
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            Actor c = a.canonical();
            if (seen.put(c, Boolean.TRUE) == null) {
                out.add(c);
            }
        }
        return out;
    }

    private static String key(Actor a) {
        return switch (a.kind()) {
            case COUNTRY -> "country:" + a.country().name();
            case PLACE -> "place:" + NameForm.placeKey(a.name());
            case GROUP -> "group:" + NameForm.fold(a.name());
            case PERSON -> "person:" + NameForm.transliterated(a.name());
            case ORGANIZATION -> a.institution() == null ? "org:" + NameForm.fold(a.name())
                    : a.country() == null ? null : "inst:" + a.institution() + "|" + a.country().name() + "|" + a.qualifier();
        };
    }

    private static boolean compatible(Actor a, Actor b) {
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    /**
     * Surname variants ("Soukry", "Shoukry") only where the given name agrees; a bare surname only where unique.
     * Compares only people whose surnames share a spelling key (the surname, or it less one letter: two names one
     * edit apart always share one), so that thousands of articles do not mean millions of comparisons.
     */
    private static void mergePeople(List<Actor> people) {
        Map<String, List<Actor>> bySurname = new HashMap<>();
        for (Actor p : people) {
            for (String key : spellingKeys(surname(p))) {
                bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        for (Actor a : people) {
            for (String key : spellingKeys(surname(a))) {
                List<Actor> bucket = bySurname.get(key);
                for (Actor b : bucket) {
                    if (a.canonical() != b.canonical() && samePerson(a.canonical(), b.canonical(), bySurname)) {
                        boolean aLonger = a.name().length() >= b.name().length();
                        (aLonger ? a : b).canonical().absorb(aLonger ? b : a);
                    }
                }
            }
        }
    }

    /** Long surnames with the same opening and at most two letters apart: "Pichlmayr" and "Pichlmaier". */
    static final int LONG_SURNAME = 8;
    private static final int SAME_OPENING = 5;

    /**
     * Two spellings of one long surname: both at least {@link #LONG_SURNAME} letters, the first {@link #SAME_OPENING}
     * the same, at most two edits apart ("Pichlmayr" / "Pichlmaier"; "Schneider" / "Schreiber" differ in their opening).
     */
    private static boolean longVariant(String a, String b) {
        return a.length() >= LONG_SURNAME && b.length() >= LONG_SURNAME && a.regionMatches(true, 0, b, 0, SAME_OPENING)
                && Spelling.withinTwoEdits(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }

    private static String surname(Actor person) {
        String[] parts = parts(person);
        return parts[parts.length - 1];
    }

    /**
     * A person's name as given name(s) and one surname, a surname opened by particles as one word ("Dirk Van den
     * Broeck" → dirk, vandenbroeck), so that it compares with the same surname written as one word.
     */
    private static String[] parts(Actor person) {
        return NameForm.givenAndSurname(NameForm.transliterated(person.name()));
    }

    private static List<String> spellingKeys(String surname) {
        List<String> keys = new ArrayList<>();
        keys.add(surname);
        if (surname.length() >= LONG_SURNAME) {
            keys.add("opening:" + surname.substring(0, SAME_OPENING).toLowerCase(Locale.ROOT)); // meets its long variants
        }
        for (int i = 0; i < surname.length() && surname.length() >= 4; i++) {
            keys.add(surname.substring(0, i) + surname.substring(i + 1));
        }
        return keys;
    }

    /** {@code bySurname}: every person under each spelling key of their surname. */
    private static boolean samePerson(Actor a, Actor b, Map<String, List<Actor>> bySurname) {
        if (!compatible(a, b)) {
            return false;
        }
        String[] x = parts(a);
        String[] y = parts(b);
        String lastX = x[x.length - 1];
        String lastY = y[y.length - 1];
        if (x.length > 1 && y.length > 1) {
            return x[0].equals(y[0]) && (lastX.equals(lastY) || lastX.length() >= 4 && Spelling.withinOneEdit(lastX, lastY)
                    || longVariant(lastX, lastY)) || lastX.equals(lastY) && transliterated(x[0], y[0]);
        }
        if (x.length == 1 && y.length == 1) {
            return false;
        }
        String bare = x.length == 1 ? lastX : lastY;
        Actor full = x.length == 1 ? b : a;
        long carriers = spellingKeys(bare).stream().flatMap(k -> bySurname.getOrDefault(k, List.of()).stream())
                .filter(p -> p.name().contains(" ")).map(Actor::canonical).distinct().filter(p -> surnameFits(p, bare)).count();
        return carriers == 1 && surnameFits(full, bare);
    }

    /** Opening letters one given name is written with in another transliteration: "Yiannis" and "Giannis". */
    private static final Set<String> OPENINGS = Set.of("yg", "gy", "yj", "jy", "yi", "iy", "ck", "kc");
    private static final int SHORTEST_TRANSLITERATED = 5;

    /** The same given name transliterated two ways: only its opening letter differs, by a known pair, in a long name. */
    private static boolean transliterated(String a, String b) {
        return a.length() == b.length() && a.length() >= SHORTEST_TRANSLITERATED && a.substring(1).equals(b.substring(1))
                && OPENINGS.contains(a.substring(0, 1) + b.substring(0, 1));
    }

    private static boolean surnameFits(Actor person, String bare) {
        String[] parts = parts(person);
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        return last.equals(bare) || Spelling.slipOfSurname(last, bare);
    }
}
