package org.crosscheck.ingest.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The names and words of the generated world: entity ids in the form extraction gives them ({@code country-…},
 * {@code place-…}, {@code person-…}, {@code organization-…}, {@code group-…}), content words and verbs for wording
 * keys, and the lexicon's classes of act. Ids are made once, so that statements share them as a store's rows
 * share interned values.
 */
final class Lexicon {

    private static final int PEOPLE = 30_000;
    private static final int ORGANISATIONS = 6_000;
    private static final int GROUPS = 1_000;
    private static final int WORDS = 20_000;
    private static final int VERBS = 600;
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "ti", "san", "vo", "rel", "du", "pa", "nis", "te", "gor", "ba", "li",
        "con", "ster", "ve", "mi", "rad", "os"};
    /** Unresolved subjects as extraction keeps them: a pronoun or a common noun. */
    static final List<String> UNRESOLVED = List.of("he", "she", "they", "it", "officials", "the minister", "two country",
        "the government", "president", "police", "rebels", "the army");

    private final String[] countries = ids("country-", 200);
    private final String[] cities = ids("place-", 200 * 15);
    private final String[] people = ids("person-", PEOPLE);
    private final String[] organisations = ids("organization-", ORGANISATIONS);
    private final String[] groups = ids("group-", GROUPS);
    private final String[] words = new String[WORDS];
    private final String[] verbs = new String[VERBS];
    private final Prominence personProminence = new Prominence(PEOPLE, 1.0, 3);
    private final Prominence organisationProminence = new Prominence(ORGANISATIONS, 1.0, 3);
    private final Prominence groupProminence = new Prominence(GROUPS, 1.0, 3);
    private final Prominence wordProminence = new Prominence(WORDS, 1.0, 100);
    private final Prominence verbProminence = new Prominence(VERBS, 1.0, 10);
    private final List<ActClass> acts = ActClass.lexicon();
    private final Prominence actProminence = new Prominence(acts.size(), 0.7);

    Lexicon(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < WORDS; i++) {
            words[i] = pseudoWord(i, random);
        }
        for (int i = 0; i < VERBS; i++) {
            verbs[i] = pseudoWord(WORDS + i, random);
        }
    }

    String country(int k) {
        return countries[k];
    }

    /** The k-th most named city of a country. */
    String city(String country, int k) {
        int c = Integer.parseInt(country.substring(country.indexOf('-') + 1));
        return cities[c * 15 + k];
    }

    /** A person (60%), organisation (30%) or group (10%), the prominent ones most often. */
    String figure(SplittableRandom random) {
        double roll = random.nextDouble();
        if (roll < 0.6) {
            return people[personProminence.pick(random)];
        }
        return roll < 0.9 ? organisations[organisationProminence.pick(random)] : groups[groupProminence.pick(random)];
    }

    String word(SplittableRandom random) {
        return words[wordProminence.pick(random)];
    }

    /** A verb the lexicon does not class ("kick off", "plunge"). */
    String unclassedVerb(SplittableRandom random) {
        return verbs[verbProminence.pick(random)];
    }

    /** A class of act; the lexicon's order puts the common ones (backing, ousters, withdrawals) first. */
    ActClass act(SplittableRandom random) {
        return acts.get(actProminence.pick(random));
    }

    /** The words an object phrase uses for an entity: its id without the kind ("person-00042" → "00042"). */
    static String nameWord(String id) {
        return id.substring(id.indexOf('-') + 1);
    }

    private static String[] ids(String prefix, int n) {
        String[] ids = new String[n];
        int width = Integer.toString(n - 1).length();
        for (int i = 0; i < n; i++) {
            ids[i] = prefix + String.format("%0" + width + "d", i);
        }
        return ids;
    }

    /** A distinct invented word: the index in base 20 spelled in syllables, plus a random one for variety. */
    private static String pseudoWord(int index, SplittableRandom random) {
        StringBuilder word = new StringBuilder(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        int rest = index;
        do {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0);
        return word.toString();
    }
}
