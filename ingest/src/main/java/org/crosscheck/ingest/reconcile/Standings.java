package org.crosscheck.ingest.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.StatusConflicts;
import org.crosscheck.core.text.Span;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.StoredStandings;
import org.crosscheck.db.reconcile.StoredStandings.StandingRow;

/**
 * How things stood, across articles: the arriving article's standings are kept, what stored articles say of the same
 * thing on the same day is read back (a bounded number, see {@link StoredStandings}), and core's
 * {@link StatusConflicts} runs over both. A clash that involves the arrival is stored under the thing and the day:
 * one conflict per thing and day, which later articles add their sides to (the sides found before are kept).
 */
@ApplicationScoped
public class Standings {

    private final StoredStandings standings;
    private final ReconciliationRepository conflicts;

    Standings(StoredStandings standings, ReconciliationRepository conflicts) {
        this.standings = standings;
        this.conflicts = conflicts;
    }

    /**
     * @param outlet   the article's outlet, for explanations
     * @param text     the article's text, which the readings' spans are in
     * @param readings how the article says things stood, settings named by report entity id
     * @param actors   report entity id → stored entity id
     */
    public void check(long documentId, String outlet, String text, List<StatusConflicts.Reading> readings, Map<String, Long> actors) {
        List<StandingRow> own = new ArrayList<>();
        for (StatusConflicts.Reading r : readings) {
            List<Long> setting = r.setting().stream().map(actors::get).filter(Objects::nonNull).sorted().toList();
            own.add(new StandingRow(documentId, r.thing(), r.standing().name(), r.day(), setting, r.span().start(), r.span().end(),
                    r.span().of(text), outlet));
        }
        standings.replace(documentId, own);
        Set<String> asked = new LinkedHashSet<>();
        for (StandingRow mine : own) {
            if (!asked.add(mine.thing() + "|" + mine.day())) {
                continue;
            }
            List<StandingRow> all = new ArrayList<>(own.stream().filter(r -> r.thing().equals(mine.thing()) && r.day().equals(mine.day())).toList());
            all.addAll(standings.of(documentId, mine.thing(), mine.day()));
            Map<String, String> outlets = new HashMap<>();
            Map<String, StandingRow> at = new LinkedHashMap<>();
            List<StatusConflicts.Reading> read = new ArrayList<>();
            for (StandingRow r : all) {
                outlets.put(Long.toString(r.documentId()), r.outlet() == null ? "document " + r.documentId() : r.outlet());
                at.put(r.documentId() + "#" + r.start() + "-" + r.end(), r);
                read.add(new StatusConflicts.Reading(Long.toString(r.documentId()), new Span(r.start(), r.end()), r.thing(),
                        StatusConflicts.Standing.valueOf(r.standing()), r.day(),
                        r.setting().stream().map(String::valueOf).collect(Collectors.toSet())));
            }
            for (Conflict found : new StatusConflicts(id -> outlets.getOrDefault(id, id)).find(read)) {
                ArrivalConflicts.store(conflicts, documentId, "across|standing|" + mine.thing() + "|" + mine.day(), found,
                        place -> at.containsKey(place) ? at.get(place).text() : null);
            }
        }
    }
}
