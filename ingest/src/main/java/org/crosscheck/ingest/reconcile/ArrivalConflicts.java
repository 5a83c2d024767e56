package org.crosscheck.ingest.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.ConflictSide;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.ConflictRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.SideRow;

/**
 * A conflict core found between an arriving article and stored ones (documents named by their stored ids), kept under
 * {@code key} with the sides stored before: only one that involves the arrival is stored, as the others were stored
 * when they arrived.
 */
final class ArrivalConflicts {

    private ArrivalConflicts() {
    }

    /** @param textAt the words of a side, by "document#start-end" */
    static void store(ReconciliationRepository conflicts, long documentId, String key, Conflict found, Function<String, String> textAt) {
        if (found.sides().stream().noneMatch(s -> s.document().equals(Long.toString(documentId)))) {
            return;
        }
        List<SideRow> sides = new ArrayList<>();
        for (ConflictSide side : found.sides()) {
            String text = textAt.apply(side.document() + "#" + side.span().start() + "-" + side.span().end());
            sides.add(new SideRow(side.account(), Long.parseLong(side.document()), null, null, side.span().start(), side.span().end(),
                    text == null ? "" : text));
        }
        conflicts.addSides(new ConflictRow(key, found.kind().label(), found.severity().label(), found.explanation(), sides));
    }
}
