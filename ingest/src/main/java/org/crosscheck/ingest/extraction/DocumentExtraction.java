package org.crosscheck.ingest.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.report.Report;
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
import org.crosscheck.db.extraction.ExtractionRepository.Span;
import org.crosscheck.ingest.document.StoredArticle;

/** Runs the analysis on one stored document and stores what it found: actors, attributions, claim mentions. */
@ApplicationScoped
public class DocumentExtraction {

    private final Analyzer analyzer = new Analyzer();
    private final ExtractionRepository rows;

    DocumentExtraction(ExtractionRepository rows) {
        this.rows = rows;
    }

    /** In the caller's transaction: the document's rows and its extracted mark commit together. */
    public void extract(Document document) {
        Report report = analyzer.analyze(List.of(StoredArticle.inputOf(document)));
        Map<String, Long> actors = new HashMap<>();
        for (ReportEntity entity : report.entities()) {
            actors.put(entity.id(), rows.actor(new Actor(entity.kind(), entity.name(), entity.country(), entity.wikidata(), entity.aliases())));
        }
        for (ReportAttribution a : report.attributions()) {
            rows.attribution(new AttributionRow(document.id, actors.get(a.speaker()), span(a.speakerMention()), a.cue(),
                    a.stance().toUpperCase(Locale.ROOT), a.direct(), span(a.content())));
        }
        for (ReportClaim claim : report.claims()) {
            String[] parts = claim.proposition().split("\\|", -1);
            for (ReportClaim.ClaimMention mention : claim.mentions()) {
                rows.claim(new ClaimRow(document.id, claim.kind().toUpperCase(Locale.ROOT), new Span(mention.start(), mention.end(), mention.text()),
                        claim.normalised() == null ? null : actors.get(claim.normalised().actor()),
                        parts.length == 3 ? blankToNull(parts[1]) : null, parts.length == 3 ? blankToNull(parts[2]) : null,
                        claim.normalised() == null ? null : date(claim.normalised().date()),
                        claim.normalised() == null ? null : number(claim.normalised().number()), claim.proposition()));
            }
        }
        rows.markExtracted(document.id, null);
    }

    private static Span span(TextSpan span) {
        return span == null ? null : new Span(span.start(), span.end(), span.text());
    }

    /** The report's ISO date at its precision (2021-05-04, 2019-04, 2013) as an interval of days. */
    static DateValue date(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day = LocalDate.parse(iso);
            return new DateValue(day, day, "DAY");
        }
        if (iso.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(iso);
            return new DateValue(month.atDay(1), month.atEndOfMonth(), "MONTH");
        }
        if (iso.matches("\\d{4}")) {
            int year = Integer.parseInt(iso);
            return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR");
        }
        return null;
    }

    private static BigDecimal number(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
