package org.crosscheck.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of invented news articles (about 3 KB each) for throughput benchmarks: quotes, reported speech,
 * numbers and dates, page chrome around the body, sidecars for some, and a share of syndicated copies and exact
 * duplicates as real feeds have. Deterministic for a given seed.
 *
 * <p>Run without a build: {@code java ingest/src/test/java/org/crosscheck/ingest/bench/GenerateArticles.java DIR COUNT [SEED]}
 */
public final class GenerateArticles {

    private static final String[] FIRST = {"Amara", "Bence", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
        "Katya", "Luis", "Mira", "Nikos", "Olga", "Pavel", "Rosa", "Sami", "Tomas", "Vera"};
    private static final String[] LAST = {"Adler", "Brandt", "Costa", "Dalca", "Eriksen", "Fodor", "Galan", "Horvat", "Ilic", "Jansen",
        "Kovac", "Lindqvist", "Moreau", "Novak", "Ortega", "Petrov", "Quist", "Rossi", "Stein", "Toth"};
    private static final String[] COUNTRY = {"Portugal", "Hungary", "Kenya", "Chile", "Vietnam", "Norway", "Morocco", "Peru",
        "Romania", "Ghana", "Finland", "Jordan", "Uruguay", "Latvia", "Tunisia", "Bolivia"};
    private static final String[] ROLE = {"foreign minister", "finance minister", "prime minister", "interior minister",
        "central bank governor", "opposition leader", "health minister", "mayor of the capital"};
    private static final String[] TOPIC = {"port workers' strike", "grain export deal", "border crossing", "electricity prices",
        "river flooding", "rail strike", "fishing quota", "pension reform", "water treaty", "bridge repairs"};
    private static final String[] CUE = {"said", "told reporters", "warned", "added", "stressed", "insisted"};
    private static final String[] OUTLET = {"The Harbour Ledger", "Meridian Wire", "Northgate Post", "The Valley Courier",
        "Eastern Daily", "The Lantern", "Coastline News", "The Upland Gazette"};

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateArticles DIR COUNT [SEED]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body;
            double roll = random.nextDouble();
            if (roll < 0.05 && !bodies.isEmpty()) {
                body = bodies.get(random.nextInt(bodies.size())); // exact duplicate body, other chrome
            } else if (roll < 0.15 && !bodies.isEmpty()) {
                body = bodies.get(random.nextInt(bodies.size())).replaceFirst("\\.\\n", ", officials confirmed.\n");
            } else {
                body = body(random, i);
                bodies.add(body);
            }
            String outlet = OUTLET[random.nextInt(OUTLET.length)];
            LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
            String page = outlet + "\nHome | World | Business | Opinion\n" + headline(random) + "\n"
                    + published.getDayOfWeek().toString().charAt(0) + published.getDayOfWeek().toString().substring(1).toLowerCase()
                    + ", " + published.getDayOfMonth() + " " + month(published) + " " + published.getYear() + " 9:15 AM\n\n"
                    + body + "\nShare on Facebook\nSubscribe to our newsletter\nMost read\nLocal team wins cup final\nNew museum opens downtown\n";
            String name = String.format("article-%06d", i);
            Files.writeString(out.resolve(name + ".txt"), page);
            if (i % 3 == 0) {
                Files.writeString(out.resolve(name + ".meta.json"),
                        "{\"outlet\": \"" + outlet + "\", \"published\": \"" + published + "\", \"url\": \"https://example.org/news/" + i + "\"}\n");
            }
        }
    }

    private static String body(Random random, int serial) {
        String country = COUNTRY[random.nextInt(COUNTRY.length)];
        String other = COUNTRY[random.nextInt(COUNTRY.length)];
        String topic = TOPIC[random.nextInt(TOPIC.length)];
        StringBuilder body = new StringBuilder();
        while (body.length() < 2600) {
            String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String role = ROLE[random.nextInt(ROLE.length)];
            int number = 10 + random.nextInt(90_000);
            body.append("Observers in the region of").append(words(random, 3)).append(" described the mood as").append(words(random, 2)).append(". ");
            switch (random.nextInt(5)) {
                case 0 -> body.append('"').append("We will not accept any delay on the ").append(topic).append(",\" ").append(country)
                        .append("'s ").append(role).append(", ").append(person).append(", ").append(CUE[random.nextInt(CUE.length)])
                        .append(" on Tuesday.\n\n");
                case 1 -> body.append("According to the ministry, more than ").append(String.format("%,d", number))
                        .append(" people were affected by the ").append(topic).append(" in ").append(country).append(" last month.\n\n");
                case 2 -> body.append(person).append(" said that ").append(other).append(" had agreed to reopen talks on the ")
                        .append(topic).append(" ten years after the first accord was signed.\n\n");
                case 3 -> body.append("In a statement, the government of ").append(country).append(" called on ").append(other)
                        .append(" to honour the agreement, adding that ").append(number % 500).append(" officials would travel to the talks.\n\n");
                default -> body.append("Negotiators from both countries met in the capital on ").append(1 + random.nextInt(28))
                        .append(" March, the ").append(serial % 7 + 2).append("th round since the dispute began. \"The door is open,\" he said.\n\n");
            }
        }
        return body.toString();
    }

    /** Invented words, so that different articles share few five-word runs, as different reporting does. */
    private static String words(Random random, int count) {
        String[] syllables = {"ka", "lo", "mer", "ti", "san", "vo", "rel", "du", "pa", "nis", "te", "gor", "ba", "li", "con"};
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < count; w++) {
            words.append(' ');
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                words.append(syllables[random.nextInt(syllables.length)]);
            }
        }
        return words.toString();
    }

    private static String headline(Random random) {
        return COUNTRY[random.nextInt(COUNTRY.length)] + " and " + COUNTRY[random.nextInt(COUNTRY.length)] + " trade words over "
                + TOPIC[random.nextInt(TOPIC.length)];
    }

    private static String month(LocalDate date) {
        String name = date.getMonth().toString();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
