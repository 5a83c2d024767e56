package org.crosscheck.web.publication;

import java.util.List;
import org.crosscheck.db.publication.PublishedVerdicts.Evidence;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;
import org.crosscheck.db.publication.PublishedVerdicts.Revision;

/** A fact-check as its page shows it: words and dates ready for reading, links ready to follow. */
public record FactCheckView(String slug, boolean retracted, long claimId, String claim, String claimant, String headline, String summary,
                            String rating, String ratingLabel, String firstPublished, String firstPublishedIso, String updated, String updatedIso,
                            List<Quote> evidence, List<Correction> history, String claimReview) {

    /** A quoted span of a source article and where to read it. */
    public record Quote(String text, String outlet, String title, String href, String published, String document, int start, int end) {
    }

    /** One published revision: the first is the current one; each later one says what it corrected. */
    public record Correction(int revision, String ratingLabel, String headline, String published, String publishedIso, String author,
                             String publishedBy, String note) {
    }

    static FactCheckView of(FactCheck f, String claimReview) {
        Revision current = f.current();
        Revision first = f.history().get(f.history().size() - 1);
        List<Quote> evidence = f.evidence().stream().map(FactCheckView::quote).toList();
        List<Correction> history = f.history().stream().map(r -> new Correction(r.revision(), r.ratingLabel(), r.headline(),
                PublicDates.moment(r.publishedAt()), r.publishedAt().toString(), r.author(), r.publishedBy(), r.correctionNote())).toList();
        return new FactCheckView(f.slug(), "retracted".equals(f.status()), f.propositionId(), f.proposition(),
                f.claimant() == null ? null : f.claimant().name(), current.headline(), current.summary(), current.rating(),
                current.ratingLabel(), PublicDates.moment(first.publishedAt()), first.publishedAt().toString(),
                PublicDates.moment(current.publishedAt()), current.publishedAt().toString(), evidence, history, claimReview);
    }

    private static Quote quote(Evidence e) {
        String document = "/documents/" + e.documentId();
        return new Quote(e.text(), e.outlet(), e.title(), e.url() != null ? e.url() : document, PublicDates.day(e.published()), document,
                e.start(), e.end());
    }
}
