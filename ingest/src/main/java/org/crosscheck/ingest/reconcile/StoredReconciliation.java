package org.crosscheck.ingest.reconcile;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.core.conflict.ClaimConflicts;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.ConflictSide;
import org.crosscheck.core.reconcile.Corroboration;
import org.crosscheck.core.reconcile.Mention;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.Regrouping;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.crosscheck.core.text.Span;
import org.crosscheck.db.reconcile.FiledMentions;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.ConflictRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.DocumentStanding;
import org.crosscheck.db.reconcile.ReconciliationRepository.PropositionRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.SideRow;

/**
 * Reconciliation over the store. The index lives in PostgreSQL (V7: each mention's blocking keys, the links
 * between mentions, each mention's component), not in the server's memory: a newly extracted document reads back
 * only the part it can touch (core's {@link Regrouping}), and the propositions and date/number conflicts it changed
 * are written back in the extraction's transaction. A database lock held until that transaction ends files one
 * document at a time, across every server sharing the database, so each sees what the one before it filed. If
 * the index was filed by other rules (or not yet, after an upgrade), it is rebuilt from the stored claims first.
 */
@ApplicationScoped
public class StoredReconciliation {

    /** Recorded on each proposition, so a reader can tell which rules grouped it. */
    public static final String VERSION = "reconcile-14";

    private static final SamenessPolicy POLICY = new SamenessPolicy();

    /** What the filed index depends on: the rules, and the names of the blocking keys it is filed under. */
    static final String FILED_BY = VERSION + "/" + PropositionIndex.BLOCKS;

    private final ReconciliationRepository store;
    private final FiledMentions filed;

    StoredReconciliation(ReconciliationRepository store, FiledMentions filed) {
        this.store = store;
        this.filed = filed;
    }

    /** A claim mention just stored: its statement (document and entity ids as stored), claim id and text. */
    public record StoredMention(Statement statement, long claimId, String text) {
    }

    /**
     * Takes reconciliation's turn for the rest of the caller's transaction, before it resolves who is who: an
     * editor's merge or split then never commits between an extraction reading entities and filing its claims.
     */
    public void takeTurn() {
        filed.lock();
    }

    /**
     * Adds a document's mentions and writes back what changed. Call in the transaction that stored them. Returns how
     * many stored mentions were read back to file them: what an arrival's cost grows with.
     */
    public int add(List<StoredMention> mentions) {
        filed.lock();
        upToDate();
        FiledIndex index = new FiledIndex(filed);
        List<Statement> arriving = new ArrayList<>();
        mentions.forEach(m -> arriving.add(index.known(m.statement(), m.claimId(), m.text())));
        Regrouping.Outcome outcome = new Regrouping(index, POLICY).add(arriving);
        write(index, outcome);
        return Math.max(0, outcome.index().size() - arriving.size());
    }

    /**
     * Refiles claims after an editor changed who is who (merged or split entities), and writes back the
     * propositions and conflicts of the groups they are in now. {@code claimTexts}: the claims whose entities
     * changed and those that shared a proposition with them, with their words.
     */
    public void reload(Map<Long, String> claimTexts) {
        filed.lock();
        upToDate();
        FiledIndex index = new FiledIndex(filed);
        List<Statement> changed = new ArrayList<>();
        filed.ofExtractedClaims(claimTexts.keySet()).forEach(s -> changed.add(index.known(s)));
        write(index, new Regrouping(index, POLICY).refile(changed));
    }

    /** Files every stored mention again, document by document, when the index was filed by other rules or never. */
    private void upToDate() {
        if (filed.filedRules().filter(FILED_BY::equals).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        filed.forgetAll();
        List<Long> documents = filed.extractedDocuments();
        for (Long document : documents) {
            FiledIndex index = new FiledIndex(filed);
            List<Statement> arriving = new ArrayList<>();
            filed.ofDocuments(List.of(document)).forEach(s -> arriving.add(index.known(s)));
            write(index, new Regrouping(index, POLICY).add(arriving));
        }
        filed.markFiled(FILED_BY);
        Log.infof("reconciliation: the index of %d documents was filed again in %d ms", documents.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void write(FiledIndex index, Regrouping.Outcome outcome) {
        PropositionIndex reconciled = outcome.index();
        Set<String> groups = outcome.groups();
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
            rows.add(proposition(index, of, standing));
        }
        // conflicts named by a group these mentions were in before are found afresh, like those of their groups now
        Set<String> renamed = new TreeSet<>(groups);
        renamed.addAll(store.placePropositions(rows, VERSION, index.takeComponentMoves()));
        List<Conflict> conflicts = new ClaimConflicts().find(reconciled, id -> describe(index, reconciled, id),
                reconciled.contradictionsTouching(groups));
        List<String> current = new ArrayList<>();
        for (Conflict c : conflicts) {
            String key = key(reconciled, c);
            current.add(key);
            store.upsertConflict(new ConflictRow(key, c.kind().label(), c.severity().label(), c.explanation(), sides(index, c)));
        }
        store.withdrawStale(new ArrayList<>(renamed), current);
    }

    private static PropositionRow proposition(FiledIndex index, List<Statement> of, Map<Long, DocumentStanding> standing) {
        Statement first = of.get(0);
        List<Mention> mentions = new ArrayList<>();
        for (Statement s : of) {
            DocumentStanding d = standing.get(Long.parseLong(s.document()));
            mentions.add(new Mention(Long.parseLong(s.document()), d == null ? null : d.outlet(), d == null ? null : d.published(),
                    d == null ? null : d.syndicatedFrom(), null));
        }
        Corroboration corroboration = Corroboration.of(mentions);
        String text = index.textOf(first.id());
        text = text == null || text.isBlank() ? (first.key().isBlank() ? first.id() : first.key()) : text;
        Long actor = of.stream().flatMap(s -> s.actors().stream().sorted()).findFirst().map(Long::parseLong).orElse(null);
        return new PropositionRow(first.id(), text.isBlank() ? first.id() : text, first.kind().name(), actor, first.predicate(),
                corroboration.independent(), corroboration.derivative(), corroboration.firstAppearance().map(Mention::document).orElse(null),
                corroboration.outlets(), of.stream().flatMap(s -> index.claimsOf(s.id()).stream()).toList());
    }

    /** A date or number conflict is named by the two propositions it sets against each other. */
    private static String key(PropositionIndex reconciled, Conflict c) {
        Set<String> groups = new TreeSet<>();
        c.sides().forEach(side -> groups.add(reconciled.groupOf(side.reference())));
        return c.kind().label() + "|" + String.join("|", groups);
    }

    private static List<SideRow> sides(FiledIndex index, Conflict c) {
        List<SideRow> out = new ArrayList<>();
        for (ConflictSide side : c.sides()) {
            String text = index.textOf(side.reference());
            text = text == null ? "" : text;
            Span span = side.span();
            out.add(new SideRow(side.account(), Long.parseLong(side.document()), index.claimsOf(side.reference()).stream().findFirst().orElse(null), null, span.start(), span.end(),
                    text.isEmpty() ? side.account() : text));
        }
        return out;
    }

    private static String describe(FiledIndex index, PropositionIndex reconciled, String statementId) {
        Statement s = reconciled.statement(statementId);
        List<String> parts = new ArrayList<>();
        if (s.date() != null) {
            parts.add("dated " + s.date().iso());
        }
        if (s.quantity() != null) {
            parts.add("counting " + s.quantity().qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                    + BigDecimal.valueOf(s.quantity().stated()).stripTrailingZeros().toPlainString()
                    + (s.quantity().measure().isEmpty() ? "" : " " + s.quantity().measure()));
        }
        String text = index.textOf(statementId);
        return (text == null ? "mention " + statementId : "\u201c" + text + "\u201d") + ": " + String.join(", ", parts);
    }
}
