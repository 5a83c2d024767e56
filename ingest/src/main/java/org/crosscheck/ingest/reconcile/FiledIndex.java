package org.crosscheck.ingest.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.reconcile.OngoingCounts;
import org.crosscheck.core.reconcile.PropositionIndex.Link;
import org.crosscheck.core.reconcile.Regrouping;
import org.crosscheck.core.reconcile.Regrouping.Filed;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.db.reconcile.FiledMentions;
import org.crosscheck.db.reconcile.FiledMentions.BlockRows;
import org.crosscheck.db.reconcile.FiledMentions.LinkRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.StoredStatement;

/**
 * The index as one transaction reads it from the store: core's {@link Regrouping.Store} over the filed mentions,
 * remembering for every mention it read (or was handed) its claims and words, which the propositions and conflicts
 * written back need. One per transaction; nothing outlives it. The components it files are written with the
 * propositions ({@link #takeComponentMoves}), after the last read: regrouping reads nothing after it files.
 */
public final class FiledIndex implements Regrouping.Store {

    private final FiledMentions store;
    private final Map<String, List<Long>> claims = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    /** Components filed but not yet written: they go with the propositions, in one write of each claim row. */
    private final Map<String, String> componentMoves = new HashMap<>();

    FiledIndex(FiledMentions store) {
        this.store = store;
    }

    /** A claim mention the transaction stored or read, as a statement; its claim and words are remembered. */
    Statement known(StoredStatement s) {
        return known(statementOf(s), s.claimId(), s.text());
    }

    Statement known(Statement statement, long claimId, String text) {
        List<Long> of = claims.computeIfAbsent(statement.id(), k -> new ArrayList<>());
        if (!of.contains(claimId)) {
            of.add(claimId);
        }
        texts.putIfAbsent(statement.id(), text);
        return statement;
    }

    /** Every claim stored at this mention (an extraction may store two claims over one span). */
    List<Long> claimsOf(String mention) {
        return claims.getOrDefault(mention, List.of());
    }

    String textOf(String mention) {
        return texts.get(mention);
    }

    @Override
    public Collection<Filed> filedUnder(Collection<String> blocks) {
        return filed(store.filedUnder(blocks));
    }

    @Override
    public Collection<Filed> filed(Collection<String> ids) {
        return filed(store.filed(ids));
    }

    @Override
    public Collection<Filed> members(Collection<String> components) {
        return filed(store.members(components));
    }

    @Override
    public Collection<Link> contradictionsOf(Collection<String> ids) {
        return links(store.contradictionsOf(ids));
    }

    @Override
    public Collection<Link> joiningAmong(Collection<String> ids) {
        return links(store.joiningAmong(ids));
    }

    private static List<Link> links(List<LinkRow> rows) {
        List<Link> out = new ArrayList<>();
        rows.forEach(l -> out.add(new Link(l.a(), l.b(), SamenessPolicy.Verdict.valueOf(l.verdict()))));
        return out;
    }

    @Override
    public void file(List<Regrouping.Arrival> arrivals, List<Link> links, Map<String, String> components) {
        List<BlockRows> blocks = new ArrayList<>();
        arrivals.forEach(a -> blocks.add(new BlockRows(a.statement().id(), a.blocks())));
        List<LinkRow> rows = new ArrayList<>();
        links.forEach(l -> rows.add(new LinkRow(l.a(), l.b(), l.verdict().name())));
        store.file(blocks, rows);
        componentMoves.putAll(components);
    }

    /**
     * The claims whose mentions were filed in a new component since the last call, with that component; handed to
     * the store with the propositions (every read of this index is done by then).
     */
    Map<Long, String> takeComponentMoves() {
        Map<Long, String> out = new HashMap<>();
        componentMoves.forEach((mention, component) -> claimsOf(mention).forEach(claim -> out.put(claim, component)));
        componentMoves.clear();
        return out;
    }

    @Override
    public void forget(Collection<String> ids) {
        store.forget(ids);
    }

    private List<Filed> filed(List<StoredStatement> rows) {
        List<Filed> out = new ArrayList<>();
        rows.forEach(s -> out.add(new Filed(known(s), s.component())));
        return out;
    }

    /** A stored mention as the statement reconciliation compares (entity ids as stored, as text). */
    public static Statement statementOf(StoredStatement s) {
        ReportedDate date = s.dateFirst() == null ? null
                : new ReportedDate(s.dateFirst(), s.dateLast(), ReportedDate.Precision.valueOf(s.datePrecision()));
        Quantity figure = s.low() == null ? null : new Quantity(s.low().doubleValue(),
                s.high() == null ? Double.POSITIVE_INFINITY : s.high().doubleValue(),
                s.qualifier() == null ? Quantity.Qualifier.EXACT : Quantity.Qualifier.valueOf(s.qualifier()),
                s.unit() == null ? "" : s.unit(), new Span(s.start(), s.end()));
        return new Statement(Long.toString(s.documentId()), new Span(s.start(), s.end()), ClaimKind.valueOf(s.kind()), s.predicate(),
                s.agentive(), s.demanded(), ids(s.actors()), ids(s.participants()), ids(s.places()), ids(s.setting()), date, figure, s.key(), s.published(),
                s.text() != null && OngoingCounts.ongoing(s.text(), figure), s.text() != null && OngoingCounts.revised(s.text(), figure),
                s.text() != null && OngoingCounts.provisional(s.text(), figure), s.dayWithoutYear() == null ? null : java.time.MonthDay.parse(s.dayWithoutYear()));
    }

    private static Set<String> ids(List<Long> ids) {
        Set<String> out = new LinkedHashSet<>();
        ids.forEach(id -> out.add(Long.toString(id)));
        return out;
    }
}
