package org.crosscheck.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.crosscheck.core.attribution.Speakers;
import org.crosscheck.core.attribution.Utterance;
import org.crosscheck.core.attribution.Utterances;
import org.crosscheck.core.conflict.AgeConflicts;
import org.crosscheck.core.conflict.RoleConflicts;
import org.crosscheck.core.conflict.StatusConflicts;
import org.crosscheck.core.entity.Actor;
import org.crosscheck.core.entity.ArticleCast;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.entity.NameReader;
import org.crosscheck.core.entity.Roster;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportAttribution;
import org.crosscheck.core.report.ReportClaim;
import org.crosscheck.core.report.ReportDocument;
import org.crosscheck.core.report.ReportEntity;
import org.crosscheck.core.report.TextSpan;
import org.crosscheck.core.syndication.BodyFingerprint;
import org.crosscheck.core.syndication.SyndicationFamilies;

/**
 * Articles in, report out: reads each article's actors and utterances, resolves every speaker, merges the actors
 * of all articles into one canonical entity each, then reads the claims with those entities as their actors.
 * Deterministic: the same articles give the same report.
 */
public final class Analyzer {

    private final NameReader names;
    private final Utterances utterances;
    private final Speakers speakers;
    private final KnowledgeBase kb;

    public Analyzer() {
        this(KnowledgeBase.standard());
    }

    public Analyzer(KnowledgeBase kb) {
        this.names = new NameReader(kb);
        this.utterances = new Utterances(kb);
        this.speakers = new Speakers(kb);
        this.kb = kb;
    }

    private record Said(ArticleInput article, Utterance utterance, Actor speaker) {
    }

    /**
     * The report, the reconciliation statements behind its claims, what the articles credit to whom, the ages and
     * offices they give people and how they say things stood on a day (entity ids as in the report), for a store that
     * checks them against articles read before.
     */
    public record Reading(Report report, List<org.crosscheck.core.reconcile.Statement> statements,
                          List<org.crosscheck.core.conflict.Credit> credits, List<AgeConflicts.Age> ages,
                          List<RoleConflicts.Role> offices, List<StatusConflicts.Reading> standings) {
    }

    public Report analyze(List<ArticleInput> articles) {
        return read(articles).report();
    }

    public Reading read(List<ArticleInput> articles) {
        Roster roster = new Roster();
        List<Said> said = new ArrayList<>();
        List<ReportDocument> documents = new ArrayList<>();
        List<ArticleCast> casts = new ArrayList<>();
        ConflictBook conflicts = new ConflictBook(kb);
        Map<String, String> originals = SyndicationFamilies.originals(articles.stream()
                .map(a -> new SyndicationFamilies.Article(a.file(), BodyFingerprint.of(a.bodyText()), a.published(), a.syndicatedFrom()))
                .toList());
        for (ArticleInput article : articles) {
            ArticleCast cast = new ArticleCast();
            casts.add(cast);
            names.read(article.text(), article.page(), cast);
            Actor last = null;
            int lastEnd = 0;
            for (Utterance u : utterances.find(article.text(), article.sentences())) {
                if (!article.isRead(u.content())) {
                    continue;
                }
                Actor speaker = speakers.resolve(article.text(), u.speakerPhrase(), cast, last, lastEnd, u.content());
                if (speaker == null) {
                    continue;
                }
                // Who the text names, before the mention is recorded as the speaker the context points to.
                Actor written = u.speakerPhrase() == null ? null : cast.endingAt(u.speakerPhrase());
                if (u.speakerPhrase() != null) {
                    cast.mention(u.speakerPhrase(), speaker);
                }
                said.add(new Said(article, u, speaker));
                conflicts.credit(article, u, speaker, written);
                last = speaker;
                lastEnd = Math.max(u.content().end(), u.speakerPhrase() == null ? 0 : u.speakerPhrase().end());
            }
            roster.add(cast);
            conflicts.cast(article, cast);
            documents.add(new ReportDocument(article.file(), article.outlet(), article.published(), article.body(),
                    originals.get(article.file())));
        }
        Map<Actor, String> ids = roster.settle();
        ClaimBook claims = new ClaimBook(kb);
        // grouped once: a batch of many articles must not scan every utterance for each article
        Map<ArticleInput, List<ClaimBook.Quoted>> quoted = new java.util.IdentityHashMap<>();
        said.forEach(s -> quoted.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(new ClaimBook.Quoted(s.utterance(), s.speaker())));
        for (int i = 0; i < articles.size(); i++) {
            ArticleInput article = articles.get(i);
            claims.read(article, casts.get(i), ids, quoted.getOrDefault(article, List.of()));
        }
        List<AgeConflicts.Age> ages = conflicts.ages(ids);
        List<RoleConflicts.Role> offices = conflicts.offices(ids);
        claims.tell(articles, ages, offices);
        List<ReportClaim> reconciled = claims.claims();
        List<org.crosscheck.core.conflict.Credit> credits = conflicts.credits(ids, claims);
        List<StatusConflicts.Reading> standings = conflicts.standings(claims);
        Report report = new Report(documents, entities(ids), attributions(said, ids), reconciled,
                conflicts.conflicts(ids, claims, credits, ages, offices, standings));
        return new Reading(report, claims.statements(), credits, ages, offices, standings);
    }

    private static List<ReportEntity> entities(Map<Actor, String> ids) {
        List<ReportEntity> out = new ArrayList<>();
        ids.forEach((a, id) -> out.add(new ReportEntity(id, a.name(), a.kind().label(), List.copyOf(a.aliases()),
                a.country() == null ? null : a.country().name(),
                a.country() != null && a.kind().label().equals("country") && !a.country().wikidata().isEmpty() ? a.country().wikidata() : null)));
        out.sort(Comparator.comparing(ReportEntity::id));
        return out;
    }

    private static List<ReportAttribution> attributions(List<Said> said, Map<Actor, String> ids) {
        List<ReportAttribution> out = new ArrayList<>();
        for (Said s : said) {
            String text = s.article().text();
            Utterance u = s.utterance();
            out.add(new ReportAttribution("a" + (out.size() + 1), s.article().file(), ids.get(s.speaker().canonical()),
                    u.cue() == null ? "" : u.cue().of(text), u.stance().name(), u.direct(), TextSpan.of(text, u.content()),
                    u.speakerPhrase() == null ? null : TextSpan.of(text, u.speakerPhrase())));
        }
        return out;
    }
}
