package org.crosscheck.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a news archive for the store-side reconciliation benchmark: many stories, each told by several outlets
 * over a few days in their own words, so that the store holds what a newsroom's does — propositions retold a few
 * times, counts and dates that sometimes disagree, past events recalled by later stories — not one sentence
 * repeated thousands of times. Names of people, towns and bodies are invented from syllables (tens of thousands of
 * them); countries are real, as extraction knows them. Deterministic for a given seed. About 20 claim mentions an
 * article, so 50,000 articles give about a million.
 *
 * <p>Run without a build: {@code java ingest/src/test/java/org/crosscheck/ingest/bench/GenerateStories.java DIR ARTICLES [SEED]}
 */
public final class GenerateStories {

    private static final String[] COUNTRIES = {"Portugal", "Hungary", "Kenya", "Chile", "Vietnam", "Norway", "Morocco", "Peru",
        "Romania", "Ghana", "Finland", "Jordan", "Uruguay", "Latvia", "Tunisia", "Bolivia", "Serbia", "Croatia", "Nigeria",
        "Indonesia", "Malaysia", "Ecuador", "Paraguay", "Senegal", "Zambia", "Nepal", "Mongolia", "Georgia", "Armenia", "Albania"};
    private static final String[] DEMONYMS = {"Portuguese", "Hungarian", "Kenyan", "Chilean", "Vietnamese", "Norwegian", "Moroccan",
        "Peruvian", "Romanian", "Ghanaian", "Finnish", "Jordanian", "Uruguayan", "Latvian", "Tunisian", "Bolivian", "Serbian",
        "Croatian", "Nigerian", "Indonesian", "Malaysian", "Ecuadorian", "Paraguayan", "Senegalese", "Zambian", "Nepali",
        "Mongolian", "Georgian", "Armenian", "Albanian"};
    private static final String[] SYLLABLES = {"ka", "lo", "ver", "na", "mir", "tas", "el", "dun", "bra", "sko", "vel", "ran", "tor",
        "mel", "ish", "gar", "po", "len", "dor", "vik", "sal", "ben", "tur", "hol", "mar", "zen", "kor", "fal", "ris", "ot"};
    private static final String[] ROLES = {"interior minister", "foreign minister", "health minister", "mayor", "regional governor",
        "transport minister", "police chief", "civil protection director"};
    private static final String[] BODIES = {"Agency", "Council", "Commission", "Authority", "Board", "Directorate"};
    private static final String[] THINGS = {"dam", "levee", "bridge", "mine shaft", "warehouse roof", "pipeline", "ferry terminal",
        "rail embankment", "factory chimney", "sea wall"};
    private static final String[] MEASURES = {"people", "residents", "workers", "families"};
    private static final String[] OUTLET_WORDS = {"Courier", "Herald", "Tribune", "Post", "Daily", "Observer", "Ledger", "Wire"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** One event and what is known about it: every outlet telling it draws on these facts. */
    private record Story(int country, String town, String thing, String minister, int role, String body, String otherTown,
                         int dead, int injured, int evacuated, int crews, int builtYearsAgo, LocalDate happened, String agreementPartner,
                         int signedYear) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateStories DIR ARTICLES [SEED]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int articles = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        String[] outlets = new String[60];
        for (int i = 0; i < outlets.length; i++) {
            outlets[i] = "The " + name(i * 7 + 3, 2) + " " + OUTLET_WORDS[i % OUTLET_WORDS.length];
        }
        int written = 0;
        int serial = 0;
        while (written < articles) {
            Story story = story(random, serial++);
            int tellings = 3 + random.nextInt(6);
            for (int t = 0; t < tellings && written < articles; t++, written++) {
                String outlet = outlets[random.nextInt(outlets.length)];
                LocalDate published = story.happened().plusDays(random.nextInt(4));
                String text = article(random, story, outlet, published);
                String file = String.format("story-%06d", written);
                Files.writeString(out.resolve(file + ".txt"), text);
                Files.writeString(out.resolve(file + ".meta.json"), "{\"outlet\": \"" + outlet + "\", \"published\": \"" + published + "\"}\n");
            }
        }
    }

    private static Story story(Random random, int serial) {
        int country = random.nextInt(COUNTRIES.length);
        return new Story(country, name(random.nextInt(27_000), 3), THINGS[random.nextInt(THINGS.length)],
                name(random.nextInt(900), 2) + " " + name(random.nextInt(27_000), 3), random.nextInt(ROLES.length),
                "the " + name(random.nextInt(900), 2) + " " + BODIES[random.nextInt(BODIES.length)], name(random.nextInt(27_000), 3),
                1 + random.nextInt(30), 5 + random.nextInt(200), 100 * (5 + random.nextInt(300)), 20 + random.nextInt(400),
                10 + random.nextInt(60), LocalDate.of(2022, 1, 1).plusDays((serial * 37L + random.nextInt(30)) % 1_100),
                COUNTRIES[random.nextInt(COUNTRIES.length)], 1990 + random.nextInt(30));
    }

    /** One outlet's telling: the facts in its own words and order, now and then with a figure or a day wrong. */
    private static String article(Random random, Story s, String outlet, LocalDate published) {
        String country = COUNTRIES[s.country()];
        String demonym = DEMONYMS[s.country()];
        String day = DAYS[s.happened().getDayOfWeek().getValue() - 1];
        boolean slip = random.nextInt(12) == 0;
        int dead = slip ? s.dead() + 1 + random.nextInt(5) : s.dead();
        String role = ROLES[s.role()];
        List<String> facts = new ArrayList<>();
        facts.add(pick(random,
                "A " + s.thing() + " near " + s.town() + " collapsed on " + day + ", " + demonym + " officials said.",
                "The " + s.thing() + " at " + s.town() + " in " + country + " gave way early on " + day + ".",
                "A " + s.thing() + " gave way near the town of " + s.town() + " on " + day + "."));
        facts.add(pick(random,
                dead + " people were killed and " + s.injured() + " were injured.",
                "At least " + dead + " people died and about " + s.injured() + " were hurt.",
                "The collapse killed " + dead + " people, according to the " + s.body().substring(4) + "."));
        facts.add(pick(random,
                "More than " + s.evacuated() + " " + MEASURES[random.nextInt(MEASURES.length)] + " were evacuated from " + s.town() + ".",
                "About " + s.evacuated() + " residents left their homes in " + s.town() + " and " + s.otherTown() + "."));
        facts.add(pick(random,
                country + "'s " + role + ", " + s.minister() + ", visited " + s.town() + " on " + day + ".",
                demonym + " " + capitalised(role) + " " + s.minister() + " travelled to " + s.town() + " on " + day + " evening."));
        facts.add(pick(random,
                "\"We will rebuild the " + s.thing() + " and we will find out why it failed,\" " + s.minister() + " told reporters.",
                s.minister() + " said the government would rebuild the " + s.thing() + " and open an inquiry."));
        facts.add(pick(random,
                capitalised(s.body()) + " sent " + s.crews() + " rescuers to " + s.town() + ".",
                "The " + s.body().substring(4) + " deployed " + s.crews() + " rescue workers in " + s.town() + "."));
        facts.add(pick(random,
                "The " + s.thing() + " was built " + s.builtYearsAgo() + " years ago.",
                "The " + s.thing() + ", built in " + (published.getYear() - s.builtYearsAgo()) + ", had not been inspected for a decade."));
        facts.add(pick(random,
                "Parliament voted on " + DAYS[(s.happened().getDayOfWeek().getValue() + 1) % 7] + " to declare a state of emergency in " + s.town() + ".",
                country + "'s parliament declared a state of emergency in " + s.town() + "."));
        facts.add(pick(random,
                "Repairs are governed by an agreement " + country + " and " + s.agreementPartner() + " signed in " + s.signedYear() + ".",
                "The " + s.body().substring(4) + " works under the agreement the two governments signed in " + s.signedYear() + "."));
        java.util.Collections.shuffle(facts.subList(1, facts.size()), random);
        int told = 5 + random.nextInt(facts.size() - 4);
        StringBuilder text = new StringBuilder();
        text.append(outlet).append('\n').append(capitalised(s.thing())).append(" collapse near ").append(s.town()).append(" kills ")
                .append(dead).append('\n').append(published).append("\n\n");
        for (String fact : facts.subList(0, told)) {
            text.append(fact).append("\n\n");
        }
        text.append("Share this article\n");
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    /** An invented name of {@code parts} syllables, the same for the same {@code n}. */
    private static String name(int n, int parts) {
        StringBuilder name = new StringBuilder();
        int rest = n;
        for (int k = 0; k < parts; k++) {
            name.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        }
        return capitalised(name.toString());
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
