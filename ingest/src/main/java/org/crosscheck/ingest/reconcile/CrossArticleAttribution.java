package org.crosscheck.ingest.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.core.conflict.AttributionConflicts;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.ConflictSide;
import org.crosscheck.core.conflict.Credit;
import org.crosscheck.core.conflict.Wording;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.text.Span;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.ConflictRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.SideRow;
import org.crosscheck.db.reconcile.StoredCredits;
import org.crosscheck.db.reconcile.StoredCredits.Body;
import org.crosscheck.db.reconcile.StoredCredits.CreditRow;

/**
 * Attribution conflicts between an arriving article and those stored before it: the article's credits are kept,
 * the stored articles that credit a body of the same kind in another country with something sharing words, or quote
 * what its quotations quote, are read back (a bounded number, see {@link StoredCredits}), and core's
 * {@link AttributionConflicts} rules run over both (two parliaments for one act; one quotation, two speakers; one deed, two people).
 * A clash that involves the arrival and another article is stored under the two speakers' names: one conflict per
 * pair of bodies across the archive, which each later article that repeats the confusion adds its sides to (the
 * sides found before are kept; the explanation quotes the latest finding).
 */
@ApplicationScoped
public class CrossArticleAttribution {

    private final StoredCredits credits;
    private final ReconciliationRepository conflicts;

    CrossArticleAttribution(StoredCredits credits, ReconciliationRepository conflicts) {
        this.credits = credits;
        this.conflicts = conflicts;
    }

    /**
     * @param read     what the article credits to whom, speakers named by report entity id
     * @param actors   report entity id → stored entity id
     * @param claimIds "start-end" → the stored claim at that span
     */
    public void check(long documentId, List<Credit> read, Map<String, Long> actors, Map<String, Long> claimIds) {
        List<CreditRow> own = new ArrayList<>();
        for (Credit c : read) {
            Long speaker = actors.get(c.speaker());
            if (speaker != null) {
                own.add(new CreditRow(documentId, speaker, c.speakerName(), c.country(), c.institution(), c.speech(), c.direct(),
                        c.credit().start(), c.credit().end(), c.creditText(), c.content(), claimIds.get(c.credit().start() + "-" + c.credit().end()),
                        new ArrayList<>(new TreeSet<>(Wording.of(c.content()))), c.published(),
                        c.setting().stream().map(actors::get).filter(java.util.Objects::nonNull).toList(),
                        c.named().stream().map(actors::get).filter(java.util.Objects::nonNull).distinct().toList()));
            }
        }
        credits.replace(documentId, own);
        Set<Body> bodies = new LinkedHashSet<>();
        // bodies of a country, and acts of bodies known by their own name only (no country)
        own.stream().filter(r -> r.institution() != null && (r.country() != null || !r.speech()) && !r.words().isEmpty())
                .forEach(r -> bodies.add(new Body(r.institution(), r.country(), r.words())));
        List<List<String>> quotes = own.stream().filter(r -> r.speech() && r.direct() && r.words().size() >= AttributionConflicts.SHARED_WORDS)
                .map(CreditRow::words).distinct().toList();
        // core sets credits of two articles against each other only when they appeared close in time (Credit.closeInTime)
        java.time.LocalDate published = read.stream().map(Credit::published).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<List<String>> deeds = own.stream().filter(r -> !r.speech() && r.institution() == null && r.words().size() >= AttributionConflicts.SHARED_WORDS)
                .map(CreditRow::words).distinct().toList();
        List<CreditRow> others = credits.ofArticlesCreditingLike(documentId, published, SamenessPolicy.STORY_WINDOW_DAYS, new ArrayList<>(bodies), quotes,
                deeds);
        if (others.isEmpty()) {
            return;
        }
        List<CreditRow> rows = new ArrayList<>(own);
        rows.addAll(others);
        Map<String, CreditRow> at = new HashMap<>();
        List<Credit> all = new ArrayList<>();
        for (CreditRow r : rows) {
            at.put(r.documentId() + "#" + r.start() + "-" + r.end(), r);
            all.add(new Credit(Long.toString(r.documentId()), r.claimId() == null ? null : Long.toString(r.claimId()), Long.toString(r.speaker()),
                    r.speakerName(), r.country(), r.institution(), r.speech(), r.direct(), new Span(r.start(), r.end()), r.creditText(), r.content(),
                    r.published(), r.setting().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()), java.util.Set.of(),
                    r.named().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet())));
        }
        String self = Long.toString(documentId);
        for (Conflict found : new AttributionConflicts().find(all)) {
            Set<String> documents = new TreeSet<>();
            found.sides().forEach(s -> documents.add(s.document()));
            if (!documents.contains(self) || documents.size() < 2) {
                continue;
            }
            List<SideRow> sides = new ArrayList<>();
            for (ConflictSide side : found.sides()) {
                CreditRow credit = at.get(side.document() + "#" + side.span().start() + "-" + side.span().end());
                sides.add(new SideRow(side.account(), Long.parseLong(side.document()), credit == null ? null : credit.claimId(), null,
                        side.span().start(), side.span().end(), credit == null ? "" : credit.creditText()));
            }
            // sides found with earlier articles stay: this arrival read only some of the articles involved
            conflicts.addSides(new ConflictRow("across|attribution|" + String.join("|", new TreeSet<>(found.entities())), found.kind().label(),
                    found.severity().label(), found.explanation(), sides));
        }
    }
}
