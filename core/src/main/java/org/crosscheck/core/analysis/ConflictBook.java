package org.crosscheck.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.attribution.Utterance;
import org.crosscheck.core.conflict.AgeConflicts;
import org.crosscheck.core.conflict.AttributionConflicts;
import org.crosscheck.core.conflict.ClaimConflicts;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.ConflictSide;
import org.crosscheck.core.conflict.Credit;
import org.crosscheck.core.conflict.GovernmentLabels;
import org.crosscheck.core.conflict.LookalikeNames;
import org.crosscheck.core.conflict.NameConflicts;
import org.crosscheck.core.conflict.Namesakes;
import org.crosscheck.core.conflict.NameSighting;
import org.crosscheck.core.conflict.RoleConflicts;
import org.crosscheck.core.conflict.StatusConflicts;
import org.crosscheck.core.entity.Actor;
import org.crosscheck.core.entity.ArticleCast;
import org.crosscheck.core.entity.EntityKind;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.normalise.DateNormaliser;
import org.crosscheck.core.report.ReportConflict;
import org.crosscheck.core.text.Span;

/**
 * The conflicts of a set of articles: who is credited with what (attribution), how names are spelled (name), the
 * contradictions reconciliation found between claims (date, number), and how a thing stood on a day (other).
 * Collected while the articles are read, found once every entity is settled.
 */
final class ConflictBook {

    /** A credit reaches back to its sentence's start when that is this close: "In its statement, Egypt's parliament said". */
    private static final int LEAD_IN = 40;

    private record Said(ArticleInput article, Utterance utterance, Actor speaker, Actor written) {
    }

    private record Seen(ArticleInput article, ArticleCast cast) {
    }

    private final GovernmentLabels labels;
    private final DateNormaliser dates = new DateNormaliser();
    private final List<Said> said = new ArrayList<>();
    private final List<Seen> seen = new ArrayList<>();

    ConflictBook(KnowledgeBase kb) {
        this.labels = new GovernmentLabels(kb);
    }

    /** A statement credited to {@code speaker}; {@code written} is the actor the speaker phrase names, if any. */
    void credit(ArticleInput article, Utterance utterance, Actor speaker, Actor written) {
        said.add(new Said(article, utterance, speaker, written));
    }

    void cast(ArticleInput article, ArticleCast cast) {
        seen.add(new Seen(article, cast));
    }

    /** Everything credited to an actor in the articles: statements, and acts of institutions. */
    List<Credit> credits(Map<Actor, String> ids, ClaimBook claims) {
        List<Credit> credits = statements(ids, claims);
        credits.addAll(acts(ids, claims));
        return credits;
    }

    /**
     * The conflicts, attribution ones among {@code credits} (as {@link #credits(Map, ClaimBook)} gave them), age, office
     * and standing ones among what {@link #ages}, {@link #offices} and {@link #standings} read.
     */
    List<ReportConflict> conflicts(Map<Actor, String> ids, ClaimBook claims, List<Credit> credits, List<AgeConflicts.Age> ages,
                                   List<RoleConflicts.Role> offices, List<StatusConflicts.Reading> standings) {
        List<Conflict> found = new ArrayList<>();
        found.addAll(new AttributionConflicts().find(credits));
        found.addAll(new NameConflicts().find(sightings(ids)));
        found.addAll(new LookalikeNames().find(pages(claims), found));
        found.addAll(labels.find(labelReadings()));
        found.addAll(new ClaimConflicts(claims::dateSide, claims::figureSide).find(claims.index(), claims::describe));
        found.addAll(new StatusConflicts().find(standings));
        found.addAll(new AgeConflicts().find(ages));
        found.addAll(new RoleConflicts().find(offices));
        found.addAll(new Namesakes().find(offices, documentsNaming(ids)));
        Function<String, String> claimOf = claims::claimOf;
        found.sort(Comparator.comparing((Conflict c) -> c.severity().ordinal()).thenComparing(Conflict::key));
        Map<String, String> texts = new java.util.HashMap<>();
        seen.forEach(s -> texts.put(s.article().file(), s.article().text()));
        List<ReportConflict> out = new ArrayList<>();
        for (Conflict c : found) {
            List<ReportConflict.Side> sides = new ArrayList<>();
            for (ConflictSide side : c.sides()) {
                String text = texts.get(side.document());
                sides.add(new ReportConflict.Side(side.document(), side.span().start(), side.span().end(), side.span().of(text),
                        side.account(), side.reference() == null ? null : claimOf.apply(side.reference())));
            }
            out.add(new ReportConflict("k" + (out.size() + 1), c.kind().label(), c.severity().label(), c.explanation(), sides, c.entities()));
        }
        return out;
    }

    /** Every article read, as the name checks see it: its text, when it appeared and where its story is set. */
    private List<LookalikeNames.Page> pages(ClaimBook claims) {
        return seen.stream().map(s -> new LookalikeNames.Page(s.article().file(), s.article().text(), s.article()::isRead,
                ClaimBook.published(s.article()), claims.settingOf(s.article().file()))).toList();
    }

    /** Statements credited to speakers, as the text names them. */
    private List<Credit> statements(Map<Actor, String> ids, ClaimBook claims) {
        List<Credit> credits = new ArrayList<>();
        Map<String, Set<String>> named = namedIn(ids);
        for (Said s : said) {
            Utterance u = s.utterance();
            Actor speaker = asWritten(s);
            String text = s.article().text();
            Span credit = creditSpan(s.article(), u);
            if (credit == null || u.cue() != null && relays(speaker, u.cue().of(text))) {
                continue;
            }
            Credit statement = new Credit(s.article().file(), null, ids.get(speaker), speaker.name(),
                    speaker.country() == null ? null : speaker.country().name(), speaker.institution(), true, u.direct(), credit,
                    credit.of(text), u.content().of(text), ClaimBook.published(s.article()), claims.settingOf(s.article().file()),
                    claims.regionOf(s.article().file()), named.getOrDefault(s.article().file(), Set.of()));
            credits.add(statement);
            Span quoted = u.direct() ? null : quotedWithin(text, u.content());
            if (quoted != null) {
                // "Ančić's assurance that the deal “secures 1,100 jobs and …”": the words in quotation marks are a
                // quotation in the speaker's mouth, compared with other quotations as they are
                credits.add(statement.quoting(quoted.of(text)));
            }
        }
        return credits;
    }

    /** Fewest words a quotation inside a paraphrase needs to be compared as a quotation: more than a label. */
    private static final int QUOTED_FRAGMENT_WORDS = 5;

    /** The words in quotation marks inside a paraphrase, when they run to {@link #QUOTED_FRAGMENT_WORDS} or more. */
    private static Span quotedWithin(String text, Span content) {
        for (org.crosscheck.core.attribution.Quote q : org.crosscheck.core.attribution.QuoteMarks.find(content.of(text))) {
            Span inner = q.words();
            if (inner.of(content.of(text)).trim().split("\\s+").length >= QUOTED_FRAGMENT_WORDS) {
                return new Span(content.start() + inner.start(), content.start() + inner.end());
            }
        }
        return null;
    }

    /**
     * A newspaper or agency that "reported" a quotation passes on someone else's words ("…," the Andes Ledger
     * reported): it is where the words were read, not a second mouth for them.
     */
    private static boolean relays(Actor speaker, String cue) {
        return speaker.kind() == EntityKind.ORGANIZATION && speaker.institution() == null
                && cue.toLowerCase(java.util.Locale.ROOT).matches("(has |had )?report(ed|s)?");
    }

    /**
     * The speaker the text names, which attribution checks compare, even where reading the context credits someone
     * else ("In its statement, Hungary's National Assembly said", continuing Serbia's assembly's act).
     */
    private static Actor asWritten(Said s) {
        Actor resolved = s.speaker().canonical();
        Actor written = s.written() == null ? null : s.written().canonical();
        boolean bodiesAlike = written != null && written.institution() != null && written.institution().equals(resolved.institution());
        return bodiesAlike ? written : resolved;
    }

    /** Words after the actor that a side of an act's credit shows: the verb and what it did, briefly. */
    private static final int WORDS_AFTER_ACTOR = 4;

    /**
     * What one person does to another once, which two outlets crediting it to two people cannot both have right: "the
     * water secretary suspended the managing director" and "he was suspended by the interior secretary".
     */
    private static final Set<String> DONE_TO_PEOPLE = Set.of("suspend", "dismiss", "sack", "fire", "appoint", "nominate", "arrest",
            "charge", "pardon", "expel", "reinstate", "promote", "demote", "indict", "summon");

    /**
     * Acts of institutions ("Serbia's National Assembly declared a state of emergency") and what a person did to
     * another ({@link #DONE_TO_PEOPLE}), credited like statements.
     */
    private List<Credit> acts(Map<Actor, String> ids, ClaimBook claims) {
        Map<String, java.time.LocalDate> published = new java.util.HashMap<>();
        seen.forEach(s -> published.put(s.article().file(), ClaimBook.published(s.article())));
        Map<String, Actor> byId = new java.util.HashMap<>();
        ids.forEach((a, id) -> byId.put(id, a));
        List<Credit> credits = new ArrayList<>();
        Map<String, Set<String>> named = namedIn(ids);
        for (ClaimBook.Act act : claims.acts()) {
            Actor actor = byId.get(act.actor());
            Span where = act.mention().span();
            boolean body = actor != null && actor.institution() != null && actor.country() != null;
            boolean personsDeed = actor != null && actor.kind() == EntityKind.PERSON && DONE_TO_PEOPLE.contains(act.mention().action());
            String namedKind = actor == null || body ? null : Credit.kindOfBodyNamed(actor.kind() == EntityKind.ORGANIZATION ? actor.name() : null);
            if (!body && !personsDeed && namedKind == null) {
                continue;
            }
            // what was done, without who did it: after the actor, or before an agent named after the verb ("Mbogo was
            // suspended on Wednesday by the interior secretary", "The recount was ordered last Thursday by the
            // provincial commission after the party complained …")
            Span said = act.mention().actorMention().filter(where::contains)
                    .map(a -> a.end() == where.end() || agentOfAPassive(act.text(), a) ? new Span(where.start(), a.start())
                            : new Span(a.end(), where.end())).orElse(where);
            // the side an editor is pointed to: who acted and the words that say what they did ("Malawi's National
            // Assembly voted 142 to nine"), not the whole clause, which the explanation quotes
            Span side = act.mention().actorMention().filter(where::contains).filter(a -> a.end() < where.end())
                    .map(a -> new Span(a.start(), ClaimBook.wordsAfter(act.text(), where, a.end(), WORDS_AFTER_ACTOR))).orElse(where);
            credits.add(new Credit(act.file(), act.statementId(), act.actor(), actor.name(), actor.country() == null ? null : actor.country().name(),
                    body ? actor.institution() : namedKind,
                    false, false, side, where.of(act.text()), said.of(act.text()), published.get(act.file()), claims.settingOf(act.file()),
                    claims.regionOf(act.file()), named.getOrDefault(act.file(), Set.of())));
        }
        return credits;
    }

    /** "… was ordered last Thursday by the provincial commission": the actor is a passive's agent, after "by". */
    private static boolean agentOfAPassive(String text, Span actor) {
        return text.substring(Math.max(0, actor.start() - 3), actor.start()).equals("by ");
    }

    /** Speaker and cue together ("the Turkish presidency said"), from the sentence start when it is near. */
    private static Span creditSpan(ArticleInput article, Utterance u) {
        if (u.speakerPhrase() == null && u.cue() == null) {
            // a quotation that goes on from the one before ("'Whoever is responsible will pay,'" after "... he said")
            // is credited by the speaker read for it, in its own words
            return u.direct() ? u.content() : null;
        }
        Span speaker = u.speakerPhrase() != null ? u.speakerPhrase() : u.cue();
        Span cue = u.cue() != null ? u.cue() : u.speakerPhrase();
        int start = Math.min(speaker.start(), cue.start());
        int end = Math.max(speaker.end(), cue.end());
        if (u.direct() && (sameSentence(article, u.content(), new Span(start, end)) || endsBeside(article, u.content(), new Span(start, end)))) {
            // A quotation's credit is the quotation and who it is given to: "'...,' the spokeswoman said", also when
            // the quotation holds more than one sentence ("'We do not pay. Paying would finance the next attack,' she told")
            start = Math.min(start, u.content().start());
            end = Math.max(end, u.content().end());
        }
        for (Sentence sentence : article.sentences()) {
            Span in = sentence.span();
            if (in.contains(start) && start - in.start() <= LEAD_IN && !u.content().overlaps(new Span(in.start(), start))) {
                start = in.start();
            }
        }
        return new Span(start, end);
    }

    /** The quotation's last sentence is the one its credit is told in. */
    private static boolean endsBeside(ArticleInput article, Span quotation, Span credit) {
        return quotation.end() <= credit.start() && sameSentence(article, new Span(quotation.end() - 1, quotation.end()), credit);
    }

    private static boolean sameSentence(ArticleInput article, Span a, Span b) {
        return article.sentences().stream().anyMatch(s -> s.span().contains(a) && s.span().contains(b));
    }

    /** Every entity mention, read once for the name, age and office rules (all asked with the same settled ids). */
    private List<NameSighting> sightings;
    private Map<Actor, String> sightingsOf;

    private List<NameSighting> sightings(Map<Actor, String> ids) {
        if (sightingsOf == ids) {
            return sightings;
        }
        List<NameSighting> sightings = new ArrayList<>();
        for (Seen s : seen) {
            String text = s.article().text();
            s.cast().forEachMention((span, actor) -> {
                String id = ids.get(actor);
                if (id != null) {
                    sightings.add(new NameSighting(s.article().file(), span, span.of(text), id, actor.name(), actor.kind().label()));
                }
            });
        }
        this.sightings = sightings;
        this.sightingsOf = ids;
        return sightings;
    }

    /** The documents that name each entity, by settled id. */
    private Map<String, Set<String>> documentsNaming(Map<Actor, String> ids) {
        Map<String, Set<String>> documents = new java.util.HashMap<>();
        sightings(ids).forEach(n -> documents.computeIfAbsent(n.entity(), k -> new java.util.HashSet<>()).add(n.document()));
        return documents;
    }

    /** Everyone and everything each article names, by settled id. */
    private Map<String, Set<String>> namedIn(Map<Actor, String> ids) {
        Map<String, Set<String>> named = new java.util.HashMap<>();
        sightings(ids).forEach(n -> named.computeIfAbsent(n.document(), k -> new java.util.HashSet<>()).add(n.entity()));
        return named;
    }

    /** The ages told beside people's names: "Pichlmayr, 49,". */
    List<AgeConflicts.Age> ages(Map<Actor, String> ids) {
        return told(ids, AgeConflicts::read);
    }

    /** The offices told beside people's names: "Deputy Mayor Martina Hollerer". */
    List<RoleConflicts.Role> offices(Map<Actor, String> ids) {
        List<RoleConflicts.Role> offices = told(ids, RoleConflicts::read);
        offices.addAll(told(ids, RoleConflicts::rank));
        return offices;
    }

    private interface Reader<T> {
        java.util.Optional<T> read(NameSighting mention, String text, LocalDate published);
    }

    /** One thing read of each person named, such as an age or an office told beside the name: "Pichlmayr, 49,". */
    private <T> List<T> told(Map<Actor, String> ids, Reader<T> reader) {
        List<T> out = new ArrayList<>();
        Map<String, LocalDate> published = new java.util.HashMap<>();
        Map<String, String> texts = new java.util.HashMap<>();
        for (Seen s : seen) {
            published.put(s.article().file(), ClaimBook.published(s.article()));
            texts.put(s.article().file(), s.article().text());
        }
        for (NameSighting mention : sightings(ids)) {
            reader.read(mention, texts.get(mention.document()), published.get(mention.document())).ifPresent(out::add);
        }
        return out;
    }

    /** What each sentence says of how a thing stood on a day: "On Friday the recount was still under way". */
    List<StatusConflicts.Reading> standings(ClaimBook claims) {
        List<StatusConflicts.Reading> out = new ArrayList<>();
        for (Seen s : seen) {
            LocalDate published = ClaimBook.published(s.article());
            String text = s.article().text();
            Function<Span, List<StatusConflicts.Dated>> daysOf = sentence -> dates.find(text, sentence, published).stream()
                    .filter(d -> d.value().isPresent() && d.value().get().first().equals(d.value().get().last()))
                    .map(d -> new StatusConflicts.Dated(d.span(), d.value().get().first())).toList();
            for (Sentence sentence : s.article().sentences()) {
                StatusConflicts.read(s.article().file(), text, sentence.span(), daysOf, published, claims.settingOf(s.article().file()))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** Each article with where it names countries, places and governments, for the government-label rule. */
    private List<GovernmentLabels.Article> labelReadings() {
        List<GovernmentLabels.Article> out = new ArrayList<>();
        for (Seen s : seen) {
            List<GovernmentLabels.Placed> places = new ArrayList<>();
            List<GovernmentLabels.Placed> governments = new ArrayList<>();
            s.cast().forEachMention((span, actor) -> {
                if (actor.country() == null) {
                    return;
                }
                if (actor.kind() == EntityKind.COUNTRY || actor.kind() == EntityKind.PLACE) {
                    places.add(new GovernmentLabels.Placed(span, actor.country().name()));
                } else if (GOVERNMENT.equals(actor.institution())) {
                    governments.add(new GovernmentLabels.Placed(span, actor.country().name()));
                }
            });
            List<Span> sentences = s.article().sentences().stream().map(Sentence::span).toList();
            out.add(new GovernmentLabels.Article(s.article().file(), ClaimBook.published(s.article()), s.article().text(), sentences,
                    places, governments));
        }
        return out;
    }

    private static final String GOVERNMENT = "government";

}
