package org.crosscheck.ingest.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.text.Span;

/**
 * A generated news world for reconciliation benchmarks: the statements extraction would hand to
 * PropositionIndex for any number of articles, deterministic from a seed. Article {@code n} is always the same
 * statements, so a benchmark can regenerate it instead of storing it.
 *
 * <p>Why it looks like extraction's output (ClaimBook and StatementReader build the real ones; the seed articles
 * give 10 to 31 statements each): every article belongs to a story (one story per about {@value #ARTICLES_PER_STORY}
 * articles, a few running stories far larger, as wars and elections are); its statements share the story's
 * setting, a set of 2 to 5 countries and places, which is what extraction gives every statement of an article;
 * actors and participants are entity ids from pools of thousands, picked with Zipf prominence, so that some
 * countries, leaders and blocking keys are crowded, as in real coverage; acts are the lexicon's classes, with
 * about 45% of statements on verbs the lexicon does not class (matched by wording only); about a third of
 * statements are dated and counts come with qualifiers and measures; wording keys are
 * {@code subject | verb | object words} with entity ids as subjects when the actor is resolved, a pronoun or a common
 * noun when not. Outlets retell a story's facts (Retelling): dropping the actor, some participants or the date,
 * rounding or qualifying a figure, rewording; a few get a date or figure wrong; about 8% of articles are
 * syndicated copies (the same statements under another document). What it does not capture is said in
 * docs/benchmarks.md.
 */
public final class StatementWorld {

    static final int ARTICLES_PER_STORY = 8;
    private static final LocalDate EPOCH = LocalDate.of(2021, 1, 1);
    private static final int COUNTRIES = 200;
    private static final int CITIES_PER_COUNTRY = 15;
    private static final double COPY_SHARE = 0.08;
    private static final double RUNNING_STORY_SHARE = 0.15;

    private final long seed;
    private final int storyCount;
    private final Story[] stories;
    private final Fact[] background;
    final Lexicon lexicon;
    private final Prominence countryProminence = new Prominence(COUNTRIES, 1.0, 1);
    private final Prominence cityProminence = new Prominence(CITIES_PER_COUNTRY, 1.0);
    private final Prominence storyProminence;
    private final Prominence backgroundProminence;

    /** A world for about {@code articles} articles. */
    public StatementWorld(long seed, long articles) {
        this.seed = seed;
        this.storyCount = (int) Math.max(1, articles / ARTICLES_PER_STORY);
        this.stories = new Story[storyCount];
        this.lexicon = new Lexicon(seed);
        this.storyProminence = new Prominence(storyCount, 1.0);
        this.background = new Fact[Math.max(100, storyCount / 4)];
        this.backgroundProminence = new Prominence(background.length, 1.0);
    }

    public int stories() {
        return storyCount;
    }

    /** Article {@code n}'s statements, under the document name {@code a<n>}. */
    public List<Statement> article(long n) {
        SplittableRandom random = random(n, 0x5eed);
        if (n > 0 && random.nextDouble() < COPY_SHARE) {
            long original = n - 1 - random.nextInt((int) Math.min(n, 40));
            return copy(article(original), document(n));
        }
        Story story = story(storyOf(n, random));
        Set<String> setting = settingOf(story, random);
        // Outlets publish a story over a few days.
        Retelling retelling = new Retelling(lexicon, random, document(n), setting, story.date().plusDays(random.nextInt(6)));
        int count = 10 + random.nextInt(11);
        List<Statement> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double roll = random.nextDouble();
            Fact fact;
            if (roll < 0.55) {
                fact = story.facts().get(new Prominence(story.facts().size(), 1.0).pick(random));
            } else if (roll < 0.65 && !story.background().isEmpty()) {
                fact = story.background().get(random.nextInt(story.background().size()));
            } else {
                fact = fact(random, story);
            }
            statements.add(retelling.tell(fact, i));
        }
        return statements;
    }

    /** The story article {@code n} belongs to: most stories get a handful of articles, running stories many. */
    int storyOf(long n, SplittableRandom random) {
        return random.nextDouble() < RUNNING_STORY_SHARE ? storyProminence.pick(random) : random.nextInt(storyCount);
    }

    Story story(int index) {
        Story story = stories[index];
        if (story == null) {
            SplittableRandom random = random(index, 0x5707);
            LocalDate date = EPOCH.plusDays(random.nextInt(3 * 365));
            Set<String> setting = new LinkedHashSet<>();
            int countries = 1 + (random.nextDouble() < 0.6 ? 1 : 0) + (random.nextDouble() < 0.25 ? 1 : 0);
            for (int i = 0; i < countries; i++) {
                setting.add(lexicon.country(countryProminence.pick(random)));
            }
            int places = 1 + random.nextInt(2);
            for (int i = 0; i < places; i++) {
                setting.add(city(random, setting.iterator().next()));
            }
            List<String> cast = new ArrayList<>();
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                cast.add(lexicon.figure(random));
            }
            Story frame = new Story(index, date, Set.copyOf(setting), List.copyOf(cast), List.of(), List.of());
            List<Fact> facts = new ArrayList<>();
            for (int i = 0, n = 6 + random.nextInt(9); i < n; i++) {
                facts.add(fact(random, frame));
            }
            List<Fact> recalled = new ArrayList<>();
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                recalled.add(backgroundFact(backgroundProminence.pick(random)));
            }
            story = new Story(index, date, frame.setting(), frame.cast(), List.copyOf(facts), List.copyOf(recalled));
            stories[index] = story;
        }
        return story;
    }

    /** A past event many stories recall: its own cast and setting, dated years before, often only to the year. */
    private Fact backgroundFact(int k) {
        if (background[k] == null) {
            SplittableRandom random = random(k, 0xbac6);
            Set<String> setting = Set.of(lexicon.country(countryProminence.pick(random)));
            List<String> cast = List.of(lexicon.figure(random), lexicon.figure(random));
            Story past = new Story(-1, EPOCH.minusDays(365 + random.nextInt(20 * 365)), setting, cast, List.of(), List.of());
            background[k] = fact(random, past);
        }
        return background[k];
    }

    private Fact fact(SplittableRandom random, Story story) {
        return new FactMaker(lexicon, random, story, this::city).make();
    }

    /** A city of the country: each country has its own cities, its capital named most. */
    String city(SplittableRandom random, String country) {
        return lexicon.city(country, cityProminence.pick(random));
    }

    /** Where an article says its story is set: usually the story's setting, sometimes a place fewer or one more. */
    private Set<String> settingOf(Story story, SplittableRandom random) {
        Set<String> setting = new LinkedHashSet<>(new TreeSet<>(story.setting()));
        double roll = random.nextDouble();
        if (roll < 0.1 && setting.size() > 1) {
            setting.remove(setting.iterator().next());
        } else if (roll < 0.2) {
            setting.add(lexicon.country(countryProminence.pick(random)));
        }
        return Set.copyOf(setting);
    }

    private static List<Statement> copy(List<Statement> original, String document) {
        List<Statement> copy = new ArrayList<>(original.size());
        for (Statement s : original) {
            copy.add(new Statement(document, s.span(), s.kind(), s.predicate(), s.agentive(), s.demanded(), s.actors(), s.participants(),
                    s.places(), s.setting(), s.date(), s.quantity(), s.key(), s.published()));
        }
        return copy;
    }

    static String document(long n) {
        return "a" + n;
    }

    /** A generator for one thing, independent of the order in which things are asked for. */
    private SplittableRandom random(long n, long salt) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n * 0xC2B2AE3D27D4EB4FL + salt);
    }

    static Span span(int index, SplittableRandom random) {
        int start = 150 + index * 200 + random.nextInt(30);
        return new Span(start, start + 60 + random.nextInt(120));
    }
}
