package org.crosscheck.ingest.reconcile;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.conflict.ClaimConflicts;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.ConflictSide;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.reconcile.Corroboration;
import org.crosscheck.core.reconcile.Mention;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.ConflictRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.DocumentStanding;
import org.crosscheck.db.reconcile.ReconciliationRepository.PropositionRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.SideRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.StoredStatement;

/**
 * Reconciliation over the store: one proposition index for every stored claim mention, loaded on first use; each
 * newly extracted document is added to it, and only the propositions and date/number conflicts it touched are
 * written back, in the extraction's transaction. If writing fails, the index is dropped and reloaded from the
 * store next time, so memory never runs ahead of what was committed.
 */
@ApplicationScoped
public class StoredReconciliation {

    /** Recorded on each proposition, so a reader can tell which rules grouped it. */
    public static final String VERSION = "reconcile-1";

    private final ReconciliationRepository store;
    private PropositionIndex index;
    private final Map<String, Long> claimOf = new HashMap<>();
    private final Map<String, String> textOf = new HashMap<>();

    StoredReconciliation(ReconciliationRepository store) {
        this.store = store;
    }

    /** A claim mention just stored: its statement (document and entity ids as stored), claim id and text. */
    public record StoredMention(Statement statement, long claimId, String text) {
    }

    /** Adds a document's mentions and writes back what changed. Call in the transaction that stored them. */
    public synchronized void add(List<StoredMention> mentions) {
        PropositionIndex reconciled = loaded();
        try {
            Set<String> touched = new TreeSet<>();
            for (StoredMention m : mentions) {
                claimOf.put(m.statement().id(), m.claimId());
                textOf.put(m.statement().id(), m.text());
                touched.addAll(reconciled.add(m.statement()));
            }
            write(reconciled, touched);
        } catch (RuntimeException e) {
            index = null; // the transaction rolls back; memory must not keep what the store does not
            throw e;
        }
    }

    /**
     * Rebuilds the index from the store after an editor changed who is who (merged or split entities), then writes
     * back the propositions and conflicts of the groups the given claims now belong to. {@code claimTexts}: the
     * claims whose entities changed and those that shared a proposition with them, with their words.
     */
    public synchronized void reload(Map<Long, String> claimTexts) {
        index = null;
        PropositionIndex reconciled = loaded();
        try {
            Set<String> groups = new TreeSet<>();
            claimOf.forEach((statement, claim) -> {
                String text = claimTexts.get(claim);
                if (text != null) {
                    textOf.put(statement, text);
                    groups.add(reconciled.groupOf(statement));
                }
            });
            write(reconciled, groups);
        } catch (RuntimeException e) {
            index = null; // as in add: memory must not keep what a rolled-back transaction wrote
            throw e;
        }
    }

    private PropositionIndex loaded() {
        if (index == null) {
            PropositionIndex fresh = new PropositionIndex(new SamenessPolicy());
            claimOf.clear();
            textOf.clear();
            long started = System.nanoTime();
            store.forEachStatement(s -> {
                Statement statement = statementOf(s);
                claimOf.put(statement.id(), s.claimId());
                fresh.add(statement);
            });
            Log.infof("reconciliation: %d stored claim mentions loaded in %d ms", fresh.size(), (System.nanoTime() - started) / 1_000_000);
            index = fresh;
        }
        return index;
    }

    private void write(PropositionIndex reconciled, Set<String> groups) {
        List<List<Statement>> members = new ArrayList<>();
        Set<Long> documents = new LinkedHashSet<>();
        for (String group : groups) {
            List<Statement> of = reconciled.members(group);
            members.add(of);
            of.forEach(s -> documents.add(Long.parseLong(s.document())));
        }
        Map<Long, DocumentStanding> standing = store.standings(new ArrayList<>(documents));
        List<PropositionRow> rows = new ArrayList<>();
        for (List<Statement> of : members) {
            rows.add(proposition(of, standing));
        }
        store.placePropositions(rows, VERSION);
        List<Conflict> conflicts = new ClaimConflicts().find(reconciled, this::describe, reconciled.contradictionsTouching(groups));
        List<String> current = new ArrayList<>();
        for (Conflict c : conflicts) {
            String key = key(reconciled, c);
            current.add(key);
            store.upsertConflict(new ConflictRow(key, c.kind().label(), c.severity().label(), c.explanation(), sides(c)));
        }
        store.withdrawStale(new ArrayList<>(groups), current);
    }

    private PropositionRow proposition(List<Statement> of, Map<Long, DocumentStanding> standing) {
        Statement first = of.get(0);
        List<Mention> mentions = new ArrayList<>();
        for (Statement s : of) {
            DocumentStanding d = standing.get(Long.parseLong(s.document()));
            mentions.add(new Mention(Long.parseLong(s.document()), d == null ? null : d.outlet(), d == null ? null : d.published(),
                    d == null ? null : d.syndicatedFrom(), null));
        }
        Corroboration corroboration = Corroboration.of(mentions);
        String text = textOf.computeIfAbsent(first.id(), id -> claimOf.containsKey(id) ? store.claimText(claimOf.get(id)) : null);
        text = text == null || text.isBlank() ? (first.key().isBlank() ? first.id() : first.key()) : text;
        Long actor = of.stream().flatMap(s -> s.actors().stream()).findFirst().map(Long::parseLong).orElse(null);
        return new PropositionRow(first.id(), text.isBlank() ? first.id() : text, first.kind().name(), actor, first.predicate(),
                corroboration.independent(), corroboration.derivative(), corroboration.firstAppearance().map(Mention::document).orElse(null),
                corroboration.outlets(), of.stream().map(s -> claimOf.get(s.id())).toList());
    }

    /** A date or number conflict is named by the two propositions it sets against each other. */
    private static String key(PropositionIndex reconciled, Conflict c) {
        Set<String> groups = new TreeSet<>();
        c.sides().forEach(side -> groups.add(reconciled.groupOf(side.reference())));
        return c.kind().label() + "|" + String.join("|", groups);
    }

    private List<SideRow> sides(Conflict c) {
        List<SideRow> out = new ArrayList<>();
        for (ConflictSide side : c.sides()) {
            String text = textOf.getOrDefault(side.reference(), "");
            Span span = side.span();
            out.add(new SideRow(side.account(), Long.parseLong(side.document()), claimOf.get(side.reference()), null, span.start(), span.end(),
                    text.isEmpty() ? side.account() : text));
        }
        return out;
    }

    private String describe(String statementId) {
        Statement s = index.statement(statementId);
        List<String> parts = new ArrayList<>();
        if (s.date() != null) {
            parts.add("dated " + s.date().iso());
        }
        if (s.quantity() != null) {
            parts.add("counting " + s.quantity().qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                    + BigDecimal.valueOf(s.quantity().stated()).stripTrailingZeros().toPlainString()
                    + (s.quantity().measure().isEmpty() ? "" : " " + s.quantity().measure()));
        }
        String text = textOf.get(statementId);
        return (text == null ? "mention " + statementId : "\u201c" + text + "\u201d") + ": " + String.join(", ", parts);
    }

    /** A stored mention as the statement reconciliation compares (entity ids as stored, as text). */
    static Statement statementOf(StoredStatement s) {
        ReportedDate date = s.dateFirst() == null ? null
                : new ReportedDate(s.dateFirst(), s.dateLast(), ReportedDate.Precision.valueOf(s.datePrecision()));
        Quantity figure = s.low() == null ? null : new Quantity(s.low().doubleValue(),
                s.high() == null ? Double.POSITIVE_INFINITY : s.high().doubleValue(),
                s.qualifier() == null ? Quantity.Qualifier.EXACT : Quantity.Qualifier.valueOf(s.qualifier()),
                s.unit() == null ? "" : s.unit(), new Span(s.start(), s.end()));
        return new Statement(Long.toString(s.documentId()), new Span(s.start(), s.end()), ClaimKind.valueOf(s.kind()), s.predicate(),
                s.agentive(), s.demanded(), ids(s.actors()), ids(s.participants()), ids(s.places()), ids(s.setting()), date, figure, s.key(), s.published());
    }

    private static Set<String> ids(List<Long> ids) {
        Set<String> out = new LinkedHashSet<>();
        ids.forEach(id -> out.add(Long.toString(id)));
        return out;
    }
}
