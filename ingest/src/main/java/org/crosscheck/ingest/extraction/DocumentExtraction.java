package org.crosscheck.ingest.extraction;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportConflict;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.core.report.ReportAttribution;
import org.crosscheck.core.report.ReportClaim;
import org.crosscheck.core.report.ReportEntity;
import org.crosscheck.core.report.TextSpan;
import org.crosscheck.db.document.Document;
import org.crosscheck.db.extraction.ExtractionRepository;
import org.crosscheck.db.extraction.ExtractionRepository.Actor;
import org.crosscheck.db.extraction.ExtractionRepository.AttributionRow;
import org.crosscheck.db.extraction.ExtractionRepository.ClaimRow;
import org.crosscheck.db.extraction.ExtractionRepository.DateValue;
import org.crosscheck.db.extraction.ExtractionRepository.Figure;
import org.crosscheck.db.extraction.ExtractionRepository.Reconciled;
import org.crosscheck.db.extraction.ExtractionRepository.Span;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.ConflictRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.SideRow;
import org.crosscheck.ingest.document.StoredArticle;
import org.crosscheck.ingest.reconcile.CrossArticleAttribution;
import org.crosscheck.ingest.reconcile.PersonDescriptions;
import org.crosscheck.ingest.reconcile.Standings;
import org.crosscheck.ingest.reconcile.StoredReconciliation;
import org.crosscheck.ingest.reconcile.StoredReconciliation.StoredMention;

/** Runs the analysis on one stored document and stores what it found: actors, attributions, claim mentions. */
@ApplicationScoped
public class DocumentExtraction {

    private final Analyzer analyzer = new Analyzer();
    private final ExtractionRepository rows;
    private final StoredReconciliation reconciliation;
    private final ReconciliationRepository conflicts;
    private final CrossArticleAttribution acrossArticles;
    private final PersonDescriptions people;
    private final Standings standings;

    DocumentExtraction(ExtractionRepository rows, StoredReconciliation reconciliation, ReconciliationRepository conflicts,
                       CrossArticleAttribution acrossArticles, PersonDescriptions people, Standings standings) {
        this.rows = rows;
        this.reconciliation = reconciliation;
        this.conflicts = conflicts;
        this.acrossArticles = acrossArticles;
        this.people = people;
        this.standings = standings;
    }

    /**
     * In the caller's transaction: the document's rows, its reconciliation with every stored document and its
     * extracted mark commit together.
     */
    public void extract(Document document) {
        long started = System.nanoTime();
        Analyzer.Reading reading = analyzer.read(List.of(StoredArticle.inputOf(document)));
        Report report = reading.report();
        reconciliation.takeTurn();
        Map<String, Long> actors = new HashMap<>();
        for (ReportEntity entity : report.entities()) {
            actors.put(entity.id(), rows.actor(new Actor(entity.kind(), entity.name(), entity.country(), entity.wikidata(), entity.aliases())));
        }
        for (ReportAttribution a : report.attributions()) {
            rows.attribution(new AttributionRow(document.id, actors.get(a.speaker()), span(a.speakerMention()), a.cue(),
                    a.stance().toUpperCase(Locale.ROOT), a.direct(), span(a.content())));
        }
        Map<String, ReportClaim> claimAt = new HashMap<>();
        report.claims().forEach(c -> c.mentions().forEach(m -> claimAt.put(m.start() + "-" + m.end(), c)));
        List<StoredMention> mentions = new ArrayList<>();
        Map<String, Long> claimIdAt = new HashMap<>();
        for (Statement statement : reading.statements()) {
            ReportClaim claim = claimAt.get(statement.span().start() + "-" + statement.span().end());
            String text = statement.span().of(document.content);
            String[] parts = claim == null ? new String[0] : claim.proposition().split("\\|", -1);
            Statement stored = stored(document.id, statement, actors);
            long id = rows.claim(new ClaimRow(document.id, statement.kind().name(), new Span(statement.span().start(), statement.span().end(), text),
                    stored.actors().stream().sorted().findFirst().map(Long::parseLong).orElse(null),
                    parts.length == 3 ? blankToNull(parts[1]) : null, parts.length == 3 ? blankToNull(parts[2]) : null,
                    date(statement.date()), statement.dayWithoutYear() == null ? null : statement.dayWithoutYear().toString(),
                    figure(statement.quantity()), claim == null ? statement.key() : claim.proposition(),
                    new Reconciled(stored.predicate(), stored.agentive(), stored.demanded(), longs(stored.actors()), longs(stored.participants()),
                            longs(stored.places()), longs(stored.setting()), stored.key())));
            claimIdAt.put(statement.span().start() + "-" + statement.span().end(), id);
            mentions.add(new StoredMention(stored, id, text));
        }
        long filing = System.nanoTime();
        int readBack = reconciliation.add(mentions);
        long filed = System.nanoTime();
        inArticleConflicts(document, report, claimIdAt);
        acrossArticles.check(document.id, reading.credits(), actors, claimIdAt);
        String outlet = document.outlet == null ? null : document.outlet.name;
        people.check(document.id, outlet, document.content, reading.ages(), reading.offices(), actors);
        standings.check(document.id, outlet, document.content, reading.standings(), actors);
        rows.markExtracted(document.id, null);
        // For operators and the reconciliation benchmark: what one arrival costs, reconciliation apart.
        Log.debugf("document %d: %d claim mentions, reconciled in %.2f ms, extracted in %.2f ms in all, %d stored mentions read back",
                document.id, mentions.size(), (filed - filing) / 1e6, (System.nanoTime() - started) / 1e6, readBack);
    }

    /**
     * Attribution and name conflicts inside the article (date and number conflicts come from reconciliation,
     * which sees every stored document), named by document and place so a review survives re-extraction.
     */
    private void inArticleConflicts(Document document, Report report, Map<String, Long> claimIdAt) {
        for (ReportConflict c : report.conflicts()) {
            if (c.kind().equals("date") || c.kind().equals("number")) {
                continue;
            }
            ReportConflict.Side first = c.mentions().get(0);
            String key = "document|" + document.id + "|" + c.kind() + "|" + first.start() + "-" + first.end();
            List<SideRow> sides = c.mentions().stream().map(m -> new SideRow(m.account(), document.id, claimIdAt.get(m.start() + "-" + m.end()),
                    null, m.start(), m.end(), m.text())).toList();
            conflicts.upsertConflict(new ConflictRow(key, c.kind(), c.severity(), c.explanation(), sides));
        }
    }

    /** The statement with the store's identities: the document's id, and stored entity ids for report ones. */
    private static Statement stored(long documentId, Statement s, Map<String, Long> actors) {
        return new Statement(Long.toString(documentId), s.span(), s.kind(), s.predicate(), s.agentive(), s.demanded(), ids(s.actors(), actors),
                ids(s.participants(), actors), ids(s.places(), actors), ids(s.setting(), actors), s.date(), s.quantity(), s.key(), s.published(),
                s.ongoing(), s.revised(), s.provisional(), s.dayWithoutYear());
    }

    private static Set<String> ids(Set<String> reportIds, Map<String, Long> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : reportIds) {
            Long stored = actors.get(id);
            if (stored != null) {
                out.add(Long.toString(stored));
            }
        }
        return out;
    }

    private static List<Long> longs(Set<String> ids) {
        return ids.stream().map(Long::parseLong).toList();
    }

    private static DateValue date(ReportedDate date) {
        return date == null ? null : new DateValue(date.first(), date.last(), date.precision().name());
    }

    private static Figure figure(Quantity q) {
        return q == null ? null : new Figure(BigDecimal.valueOf(q.lower()), Double.isInfinite(q.upper()) ? null : BigDecimal.valueOf(q.upper()),
                q.qualifier().name(), q.measure());
    }

    private static Span span(TextSpan span) {
        return span == null ? null : new Span(span.start(), span.end(), span.text());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
