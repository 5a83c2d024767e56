package org.crosscheck.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.claim.ActorResolver;
import org.crosscheck.core.claim.ClaimExtractor;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.conflict.AgeConflicts;
import org.crosscheck.core.conflict.ClaimConflicts;
import org.crosscheck.core.conflict.RoleConflicts;
import org.crosscheck.core.claim.ClaimMention;
import org.crosscheck.core.claim.Predicates;
import org.crosscheck.core.entity.Actor;
import org.crosscheck.core.entity.ArticleCast;
import org.crosscheck.core.entity.Country;
import org.crosscheck.core.entity.EntityKind;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.entity.Roster;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.normalise.QuantityReader;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.reconcile.StatementReader;
import org.crosscheck.core.report.ReportClaim;
import org.crosscheck.core.text.Span;

/**
 * The claims of a set of articles, read once every actor has its final entity, and reconciled: mentions that
 * state one proposition (or support one another) across outlets become one claim of the report.
 */
final class ClaimBook {

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "both", "the two", "the two countries", "the two sides",
            "both countries", "the two leaders", "both sides");

    private record Found(String file, String text, ClaimMention mention, Statement statement) {
    }

    private final StatementReader reader = new StatementReader(Predicates.english());
    private final QuantityReader sums = new QuantityReader();
    private final PropositionIndex index = new PropositionIndex(new SamenessPolicy());
    private final Map<String, Found> byStatement = new HashMap<>();
    private final List<Found> readOrder = new ArrayList<>();
    private final Map<String, Set<String>> settings = new HashMap<>();
    private final Map<String, Set<String>> regions = new HashMap<>();
    private final KnowledgeBase kb;
    private final Map<String, String> claimOfStatement = new HashMap<>();

    /** @param kb what nationality words ("Belgian") say about where a story is set */
    ClaimBook(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** What the article credits to a speaker: the utterance and its resolved speaker. */
    record Quoted(org.crosscheck.core.attribution.Utterance utterance, Actor speaker) {
    }

    void read(ArticleInput article, ArticleCast cast, Map<Actor, String> ids, List<Quoted> quoted) {
        Map<Country, String> countries = new HashMap<>();
        ids.forEach((a, id) -> {
            if (a.kind() == EntityKind.COUNTRY && a.country() != null) {
                countries.put(a.country(), id);
            }
        });
        ActorResolver resolver = span -> Optional.ofNullable(actorOf(article, cast, span)).map(a -> ids.get(a.canonical()));
        Set<String> previousActors = Set.of();
        Set<String> setting = settingOf(article, cast, ids, kb);
        settings.put(article.file(), setting);
        regions.put(article.file(), regionOf(setting, cast, ids));
        List<Span> read = new ArrayList<>();
        Statement claim = null;
        for (ClaimMention m : new ClaimExtractor(resolver).extract(article.text(), article.sentences(), reference(article))) {
            if (m.isFigureOf()) {
                // read right after the claim it is the figure of, and about what that claim names
                if (claim != null) {
                    file(new Found(article.file(), article.text(), m, reader.figure(article.file(), m, claim)));
                }
                continue;
            }
            read.add(m.span());
            Set<String> actors = actorsOf(article.text(), m, cast, ids, countries, previousActors);
            Named named = named(cast, m.span(), ids);
            Statement statement = reader.read(article.file(), m, m.text(article.text()), actors, named.participants(), named.places(), setting,
                    published(article));
            if (!actors.isEmpty()) {
                previousActors = actors;
            }
            claim = statement;
            file(new Found(article.file(), article.text(), m, statement));
        }
        for (Quoted q : quoted) {
            String speaker = ids.get(q.speaker().canonical());
            Span content = q.utterance().content();
            if (speaker == null || read.stream().anyMatch(r -> covers(r, content))) {
                continue;
            }
            ClaimMention m = ClaimMention.said(content, q.utterance().speakerPhrase(), speaker, article.text());
            Named named = named(cast, content, ids);
            Statement said = reader.said(article.file(), m, named.participants(), named.places(), setting, published(article));
            file(new Found(article.file(), article.text(), m, said));
            // "the strike cost Lusorail roughly EUR 4 million a day, the consultancy said": a sum of money in what was
            // said is one sum wherever else it is told, so it is a figure of its own
            for (Quantity sum : sums.find(article.text(), content)) {
                if (!sum.currency().isEmpty()) {
                    ClaimMention figure = ClaimMention.figureOf(m, sum, sum.span());
                    file(new Found(article.file(), article.text(), figure, reader.figure(article.file(), figure, said)));
                }
            }
        }
    }

    /** Who a mention names (people, organisations, groups) and where (countries and places), as entity ids. */
    private record Named(Set<String> participants, Set<String> places) {
    }

    private static Named named(ArticleCast cast, Span span, Map<Actor, String> ids) {
        List<Actor> named = cast.mentionedWithin(span);
        return new Named(idsOf(named.stream().filter(a -> !geographic(a)).toList(), ids),
                idsOf(named.stream().filter(ClaimBook::geographic).toList(), ids));
    }

    /**
     * A claim read from the sentence already supports most of what was said ("called on Turkey to cooperate to
     * evacuate foreign forces"): one claim for one supporting text.
     */
    private static boolean covers(Span claim, Span said) {
        int shared = Math.min(claim.end(), said.end()) - Math.max(claim.start(), said.start());
        return shared > 0 && shared >= SAID_COVERED * (said.end() - said.start());
    }

    /** Share of what was said that a claim read from its sentence must cover to stand for it. */
    private static final double SAID_COVERED = 0.5;

    /** A mention is read once: the first reading of a span stands. */
    private void file(Found f) {
        if (byStatement.putIfAbsent(f.statement().id(), f) == null) {
            readOrder.add(f);
            index.addQuietly(f.statement());
        }
    }

    /**
     * The ages and offices told beside people's names, as claims of their own: "Crăciunescu, 61" in three outlets is
     * one claim three outlets make, each article's first telling standing for it. Read after every article's claims, with the articles they were told in.
     */
    void tell(List<ArticleInput> articles, List<AgeConflicts.Age> ages, List<RoleConflicts.Role> offices) {
        Map<String, ArticleInput> byFile = new HashMap<>();
        articles.forEach(a -> byFile.put(a.file(), a));
        for (AgeConflicts.Age age : ages) {
            tell(byFile.get(age.document()), ClaimMention.toldOf(ClaimKind.QUANTITY, age.span(), age.person(), AGED, Integer.toString(age.years())));
        }
        // a rank is how a person is addressed, not something the story tells; a rank given differently is still a conflict
        for (RoleConflicts.Role office : offices.stream().filter(o -> !o.rank()).toList()) {
            tell(byFile.get(office.document()), ClaimMention.toldOf(ClaimKind.STATUS, office.span(), office.person(), IN_OFFICE, office.kind()));
        }
    }

    private static final String AGED = "be aged";
    private static final String IN_OFFICE = "hold office";

    /** Article, person, fact and value already told: an article that tells one person's age twice makes one claim. */
    private final Set<String> told = new HashSet<>();

    private void tell(ArticleInput article, ClaimMention m) {
        if (!told.add(article.file() + "\n" + m.proposition())) {
            return;
        }
        Set<String> person = m.entity().map(Set::of).orElse(Set.of());
        file(new Found(article.file(), article.text(), m, reader.read(article.file(), m, m.text(article.text()), person, Set.of(), Set.of(),
                settingOf(article.file()), published(article))));
    }

    /** Every statement, in the order the mentions were read. */
    List<Statement> statements() {
        return readOrder.stream().map(Found::statement).toList();
    }

    PropositionIndex index() {
        return index;
    }

    /** Who acts: every entity named in the actor phrase; "they" and "the two countries" are the last plural actor. */
    private static Set<String> actorsOf(String text, ClaimMention m, ArticleCast cast, Map<Actor, String> ids,
                                        Map<Country, String> countries, Set<String> previous) {
        if (m.actorMention().isEmpty()) {
            return Set.of();
        }
        Span actor = m.actorMention().get();
        if (MODIFIED_NOUN.matcher(actor.of(text)).matches()) {
            return Set.of();
        }
        String phrase = actor.of(text).toLowerCase(Locale.ROOT);
        if (m.entity().isPresent() && !phrase.contains(" and ")) {
            // One actor: the head of the phrase ("Serbia's National Assembly" is the assembly, not Serbia).
            return Set.of(m.entity().get());
        }
        Set<String> named = new LinkedHashSet<>();
        for (Actor a : cast.mentionedWithin(actor)) {
            // A capital that acts is its country's government: "Cairo and Ankara backing rival sides".
            boolean capital = a.kind() == EntityKind.PLACE && a.country() != null && a.country().capitals().contains(a.name());
            String id = capital && countries.containsKey(a.country()) ? countries.get(a.country()) : ids.get(a.canonical());
            if (id != null) {
                named.add(id);
            }
        }
        if (named.isEmpty() && m.entity().isPresent()) {
            named = Set.of(m.entity().get());
        }
        if (named.isEmpty() && previous.size() >= 2 && PLURAL_PRONOUNS.contains(phrase)) {
            return previous;
        }
        return named;
    }

    /** Where the story of an article read here is set (empty for one not read). */
    Set<String> settingOf(String file) {
        return settings.getOrDefault(file, Set.of());
    }

    /** The countries an article's story is set in, for its towns as for itself (empty for one not read). */
    Set<String> regionOf(String file) {
        return regions.getOrDefault(file, Set.of());
    }

    /** "Lisbon" lies in Portugal: the countries of the setting's places, and the setting's countries themselves. */
    private static Set<String> regionOf(Set<String> setting, ArticleCast cast, Map<Actor, String> ids) {
        Set<String> region = new HashSet<>();
        for (Actor a : cast.actors()) {
            Actor c = a.canonical();
            if (setting.contains(ids.get(c)) && c.country() != null) {
                region.add(c.kind() == EntityKind.COUNTRY ? ids.get(c) : Roster.slug(EntityKind.COUNTRY, c.country().name()));
            }
        }
        return region;
    }

    /**
     * Where the story is set: the places of the headline and the first two body sentences, any place named twice, and
     * the countries of nationality words in the opening ("a Belgian hospital network").
     */
    private static Set<String> settingOf(ArticleInput article, ArticleCast cast, Map<Actor, String> ids, KnowledgeBase kb) {
        int openingEnd = article.sentences().stream().limit(3).mapToInt(s -> s.span().end()).max().orElse(0);
        Map<String, Integer> counts = new HashMap<>();
        Set<String> setting = new LinkedHashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> towns = new HashSet<>();
        cast.forEachMention((span, actor) -> {
            String id = ids.get(actor);
            if (id != null && geographic(actor) && article.isRead(span)) {
                if (span.end() <= openingEnd || counts.merge(id, 1, Integer::sum) >= 2) {
                    setting.add(id);
                    (actor.kind() == EntityKind.COUNTRY ? countries : towns).add(id);
                }
            }
        });
        // "a Belgian hospital network" in the opening: the story is set in Belgium, though the opening never names it
        java.util.regex.Matcher word = CAPITALISED.matcher(article.text()).region(0, Math.min(openingEnd, article.text().length()));
        while (word.find()) {
            if (article.isRead(new Span(word.start(), word.end()))) {
                kb.countryOfDemonym(word.group()).ifPresent(c -> {
                    String id = Roster.slug(EntityKind.COUNTRY, c.name());
                    setting.add(id);
                    countries.add(id);
                });
            }
        }
        // A story set in a named town is set there, not in all of its country: two towns' disasters in one
        // country in one fortnight are two stories.
        if (!towns.isEmpty()) {
            setting.removeAll(countries);
        }
        return setting;
    }

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

    private static boolean geographic(Actor a) {
        return a.kind() == EntityKind.COUNTRY || a.kind() == EntityKind.PLACE;
    }

    private static Set<String> idsOf(List<Actor> actors, Map<Actor, String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : actors) {
            String id = ids.get(a.canonical());
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** "a levee near the town of Kanjiža": a common noun with a place after it is not the place. */
    private static final java.util.regex.Pattern MODIFIED_NOUN = java.util.regex.Pattern.compile(
            "^(?:a|an|the|this|that)\\s+\\p{Ll}[\\p{L}-]*\\s+(?:near|in|of|on|at|from|by|outside|along)\\s.*");

    private static final java.util.regex.Pattern SAID_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:said|says|say|announced|stated|added|warned|insisted|argued|confirmed)\\s+(?:on\\s+\\p{L}+\\s+)?(?:that\\s+)?$");
    private static final int SAID_REACH = 40;

    /** Where the sentence before the one starting at {@code here} starts ({@code here} when there is none). */
    private static int previousSentenceStart(ArticleInput article, int here) {
        return article.sentences().stream().map(Sentence::span).filter(s -> s.end() <= here)
                .mapToInt(Span::start).max().orElse(here);
    }

    /** Where the article's sentence around {@code offset} starts. */
    private static int sentenceStart(ArticleInput article, int offset) {
        return article.sentences().stream().map(Sentence::span).filter(s -> s.start() <= offset && offset < s.end())
                .mapToInt(Span::start).findFirst().orElse(0);
    }

    private static Actor actorOf(ArticleInput article, ArticleCast cast, Span span) {
        String text = article.text();
        if (MODIFIED_NOUN.matcher(span.of(text)).matches()) {
            return null;
        }
        // "Stefan Pichlmayr of the People's Union finished": the person, not the body named after "of"
        int of = span.of(text).indexOf(" of ");
        Actor person = of > 0 ? cast.endingAt(new Span(span.start(), span.start() + of)) : null;
        if (person != null && person.kind() == EntityKind.PERSON) {
            return person;
        }
        Actor named = cast.endingAt(span);
        if (named == null && span.of(text).equalsIgnoreCase("it")) {
            // "Meridian Ports Holding will pay … It has also committed to invest": the body named last; but "The
            // opposition has said it will ask …": after a verb of saying, "it" is whoever said it, in the same sentence
            // and a body named further back than the sentence before is not what "it" is ("the fire burned 4,300
            // hectares. It destroyed 37 homes" names no body since the dateline's broadcaster)
            int here = sentenceStart(article, span.start());
            int from = SAID_BEFORE.matcher(text.substring(Math.max(0, span.start() - SAID_REACH), span.start())).find()
                    ? here : previousSentenceStart(article, here);
            return cast.lastBetween(from, span.start(), a -> a.kind() == EntityKind.ORGANIZATION || a.kind() == EntityKind.COUNTRY);
        }
        return named != null ? named : cast.within(span, a -> true);
    }

    List<ReportClaim> claims() {
        List<ReportClaim> claims = new ArrayList<>();
        for (List<Statement> group : index.groups()) {
            List<Found> found = group.stream().map(s -> byStatement.get(s.id())).toList();
            ClaimMention first = found.get(0).mention();
            List<ReportClaim.ClaimMention> mentions = found.stream()
                    .map(f -> new ReportClaim.ClaimMention(f.file(), f.mention().span().start(), f.mention().span().end(),
                            f.mention().span().of(f.text())))
                    .toList();
            String date = found.stream().map(f -> f.mention().normalisedDate()).flatMap(Optional::stream)
                    .flatMap(d -> d.value().stream()).map(d -> d.iso()).findFirst().orElse(null);
            String number = first.figure().map(q -> formatted(q.stated())).orElse(null);
            // sorted: a statement's actors are a set, whose order differs from run to run
            String actor = group.stream().flatMap(s -> s.actors().stream().sorted()).findFirst().orElse(first.entity().orElse(null));
            String claimId = "c" + (claims.size() + 1);
            group.forEach(st -> claimOfStatement.put(st.id(), claimId));
            claims.add(new ReportClaim(claimId, first.proposition(), first.kind().name().toLowerCase(Locale.ROOT),
                    mentions, new ReportClaim.Normalised(date, number, actor)));
        }
        return claims;
    }

    /** An act credited to one actor: the claim mention, its actor entity id and where the claim is. */
    record Act(String file, String text, ClaimMention mention, String statementId, String actor) {
    }

    /** Every claim mention with exactly one known actor, in reading order. */
    List<Act> acts() {
        List<Act> acts = new ArrayList<>();
        for (List<Statement> group : index.groups()) {
            for (Statement s : group) {
                // what a speaker said is credited as a statement already (ConflictBook#statements)
                if (s.actors().size() == 1 && !SamenessPolicy.saying(s) && !SamenessPolicy.figure(s)) {
                    Found f = byStatement.get(s.id());
                    acts.add(new Act(f.file(), f.text(), f.mention(), s.id(), s.actors().iterator().next()));
                }
            }
        }
        return acts;
    }

    /** The report claim a mention ended up in (after {@link #claims()}). */
    String claimOf(String statementId) {
        return claimOfStatement.get(statementId);
    }

    /** How a mention's date and figure were read, in words: "“last month” (article of 2020-07-14) read as 2020-06". */
    String describe(String statementId) {
        Found f = byStatement.get(statementId);
        ClaimMention m = f.mention();
        List<String> parts = new ArrayList<>();
        m.normalisedDate().ifPresent(d -> parts.add("\u201c" + d.text(f.text()) + "\u201d"
                + (d.isRelative() ? " (article of " + d.reference() + ")" : "")
                + d.value().map(v -> " read as " + v.iso()).orElse(d.dayWithoutYear() == null ? " unresolved"
                : " read as " + d.dayWithoutYear().getDayOfMonth() + " " + d.dayWithoutYear().getMonth().getDisplayName(
                java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", no year stated in an undated article")));
        m.figure().ifPresent(q -> parts.add("\u201c" + q.span().of(f.text()) + "\u201d read as " + q.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " " + formatted(q.stated()) + (q.measure().isEmpty() ? "" : " " + q.measure())));
        return "\u201c" + m.span().of(f.text()) + "\u201d: " + String.join(", ", parts);
    }

    /** Words before a date that say what happened then: "detained| two days ago", "was arrested on| Monday". */
    private static final int WORDS_BEFORE_DATE = 6;

    /** Words after a date that say where or how it happened: "was recovered on Sunday| at a motorway service area". */
    private static final int WORDS_AFTER_DATE = 6;

    /**
     * The side of a date conflict an editor reads: the date with the few words before it that say what happened
     * ("the 46-year-old man detained two days ago") and after it that say where, not the whole clause. Empty when the
     * mention has no date span.
     */
    java.util.Optional<org.crosscheck.core.text.Span> dateSide(String statementId) {
        Found f = byStatement.get(statementId);
        org.crosscheck.core.text.Span clause = f.mention().span();
        return f.mention().normalisedDate().map(d -> d.span()).filter(clause::contains)
                .map(date -> new org.crosscheck.core.text.Span(wordsBefore(f.text(), clause, date.start(), WORDS_BEFORE_DATE),
                        wordsAfter(f.text(), clause, date.end(), WORDS_AFTER_DATE)));
    }

    /** Where the {@code count} words after {@code at} end, within {@code clause}, without a comma closing the last. */
    static int wordsAfter(String text, org.crosscheck.core.text.Span clause, int at, int count) {
        int to = at;
        int words = 0;
        for (int k = at; k < clause.end() && words < count; k++) {
            boolean wordEnd = !Character.isWhitespace(text.charAt(k)) && (k + 1 == clause.end() || Character.isWhitespace(text.charAt(k + 1)));
            if (wordEnd) {
                to = k + 1;
                words++;
            }
        }
        while (to > at && ",;:.".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }

    /** Where the {@code count} words before {@code at} start, within {@code clause}. */
    private static int wordsBefore(String text, org.crosscheck.core.text.Span clause, int at, int count) {
        int from = at;
        int words = 0;
        for (int k = at - 1; k >= clause.start() && words < count; k--) {
            boolean wordStart = !Character.isWhitespace(text.charAt(k)) && (k == clause.start() || Character.isWhitespace(text.charAt(k - 1)));
            if (wordStart) {
                from = k;
                words++;
            }
        }
        return from;
    }

    /** Words before a sum that say who paid or was made to pay what: "fined the chemicals maker Laborchem| €1.2 million". */
    private static final int WORDS_BEFORE_SUM = 5;

    /** Words before a count told with its noun that say what it is: "At the heart of the dispute are| 374 postal ballots". */
    private static final int WORDS_BEFORE_COUNT = 3;

    /**
     * The side of a number conflict an editor reads. A sum: the sum and the few words before it that say what it is
     * ("fined the chemicals maker Laborchem €1.2 million"). A count told with its noun: a few words before it too, and
     * what follows ("the dispute are 374 postal ballots from the"). Empty for other figures (the figure and what
     * follows it is shown: "40 were injured").
     */
    java.util.Optional<org.crosscheck.core.text.Span> figureSide(String statementId) {
        Found f = byStatement.get(statementId);
        org.crosscheck.core.text.Span clause = f.mention().span();
        java.util.Optional<Quantity> figure = f.mention().figure().filter(q -> clause.contains(q.span()) && !q.measureFirst() && !q.isShare());
        if (figure.filter(q -> Quantity.MONEY.contains(q.measureKey()) || q.isSumOf()).isPresent()) {
            return figure.map(q -> new org.crosscheck.core.text.Span(wordsBefore(f.text(), clause, q.span().start(), WORDS_BEFORE_SUM), q.span().end()));
        }
        // the noun is inside the figure's span when it is told with it ("374 postal ballots"), not by the verb ("40 were injured")
        return figure.filter(q -> !q.measure().isEmpty() && q.span().length() > q.measure().length())
                .map(q -> new org.crosscheck.core.text.Span(wordsBefore(f.text(), clause, q.span().start(), WORDS_BEFORE_COUNT),
                        Math.min(clause.end(), q.span().end() + ClaimConflicts.FIGURE_CONTEXT)));
    }

    private static String formatted(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The first day the article's publication date allows ("2023-03" → 1 March), or null. */
    static LocalDate published(ArticleInput article) {
        String iso = article.published();
        if (iso == null) {
            return null;
        }
        return iso.length() == 10 ? LocalDate.parse(iso) : iso.length() == 7 ? LocalDate.parse(iso + "-01") : iso.length() == 4
                ? LocalDate.parse(iso + "-01-01") : null;
    }

    /** The article's own date, when stated to the day: the reference for "on Tuesday" and "last month". */
    private static LocalDate reference(ArticleInput article) {
        String published = article.published();
        return published != null && published.length() == 10 ? LocalDate.parse(published) : null;
    }
}
