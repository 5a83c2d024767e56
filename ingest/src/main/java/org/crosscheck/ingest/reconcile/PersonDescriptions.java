package org.crosscheck.ingest.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.core.conflict.AgeConflicts;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.conflict.Namesakes;
import org.crosscheck.core.conflict.RoleConflicts;
import org.crosscheck.core.text.Span;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.StoredDescriptions;
import org.crosscheck.db.reconcile.StoredDescriptions.DescriptionRow;

/**
 * Ages and offices across articles: the arriving article's are kept, what stored articles tell of the same people is
 * read back (a bounded number, see {@link StoredDescriptions}), and core's {@link AgeConflicts} and
 * {@link RoleConflicts} run over both. A clash that involves the arrival and another article is stored under the
 * person and the kind of description: one conflict per person's age, one per person's office, which each later
 * article that repeats a description adds its sides to (the sides found before are kept).
 */
@ApplicationScoped
public class PersonDescriptions {

    static final String AGE = "age";
    static final String OFFICE = "office";
    /** A rank given as a title: compared with ranks only, and stored as a conflict of its own. */
    static final String RANK = "rank";

    private final StoredDescriptions descriptions;
    private final ReconciliationRepository conflicts;

    PersonDescriptions(StoredDescriptions descriptions, ReconciliationRepository conflicts) {
        this.descriptions = descriptions;
        this.conflicts = conflicts;
    }

    /**
     * @param text    the article's text, which the descriptions' spans are in
     * @param ages    the ages the article gives people, named by report entity id
     * @param offices the offices it gives them
     * @param actors  report entity id → stored entity id
     */
    public void check(long documentId, String outlet, String text, List<AgeConflicts.Age> ages, List<RoleConflicts.Role> offices,
                      Map<String, Long> actors) {
        List<DescriptionRow> own = new ArrayList<>();
        for (AgeConflicts.Age a : ages) {
            row(documentId, outlet, a.person(), a.name(), AGE, Integer.toString(a.years()), a.span(), text, a.published(), actors).ifPresent(own::add);
        }
        for (RoleConflicts.Role r : offices) {
            row(documentId, outlet, r.person(), r.name(), r.rank() ? RANK : OFFICE, r.office(), r.span(), text, r.published(), actors).ifPresent(own::add);
        }
        descriptions.replace(documentId, own);
        for (String kind : List.of(AGE, OFFICE, RANK)) {
            List<DescriptionRow> mine = own.stream().filter(d -> d.kind().equals(kind)).toList();
            List<Long> people = mine.stream().map(DescriptionRow::person).distinct().toList();
            List<DescriptionRow> all = new ArrayList<>(mine);
            all.addAll(descriptions.ofPeople(documentId, people, kind));
            Map<String, String> outlets = new java.util.HashMap<>();
            all.forEach(d -> outlets.put(Long.toString(d.documentId()), d.outlet() == null ? "document " + d.documentId() : d.outlet()));
            java.util.function.Function<String, String> named = id -> outlets.getOrDefault(id, id);
            List<Conflict> found = kind.equals(AGE)
                    ? new AgeConflicts(named).find(all.stream().map(PersonDescriptions::age).toList())
                    : new RoleConflicts(named).find(all.stream().map(PersonDescriptions::office).toList());
            Map<String, DescriptionRow> at = new LinkedHashMap<>();
            all.forEach(d -> at.put(d.documentId() + "#" + d.start() + "-" + d.end(), d));
            // sides found with earlier articles stay: this arrival read only the newest descriptions of each person
            found.forEach(c -> ArrivalConflicts.store(conflicts, documentId, "across|" + kind + "|" + String.join("|", new TreeSet<>(c.entities())),
                    c, place -> at.containsKey(place) ? at.get(place).text() : null));
        }
        namesakes(documentId, own, actors);
    }

    /**
     * The arrival's offices against the offices stored articles give people of the same given name (core's
     * {@link Namesakes}): "Petros Anagnostou, a lawyer for the company" here, "Petros Anagnostakis, the company's
     * lawyer" there. Stored under the two people.
     */
    private void namesakes(long documentId, List<DescriptionRow> own, Map<String, Long> actors) {
        List<DescriptionRow> mine = own.stream().filter(d -> d.kind().equals(OFFICE)).toList();
        List<String> givenNames = mine.stream().map(d -> d.personName().strip().split("\\s+"))
                .filter(words -> words.length >= 2).map(words -> words[0].toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (givenNames.isEmpty()) {
            return;
        }
        List<DescriptionRow> all = new ArrayList<>(mine);
        all.addAll(descriptions.officesOfGivenNames(documentId, givenNames, OFFICE));
        List<Long> people = all.stream().map(DescriptionRow::person).distinct().toList();
        Map<String, java.util.Set<String>> naming = new java.util.HashMap<>();
        descriptions.documentsNaming(people).forEach((person, documents) ->
                naming.put(Long.toString(person), documents.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet())));
        // the arrival names everyone its reading found
        actors.values().forEach(person -> naming.computeIfAbsent(Long.toString(person), k -> new java.util.HashSet<>()).add(Long.toString(documentId)));
        Map<String, String> outlets = new java.util.HashMap<>();
        all.forEach(d -> outlets.put(Long.toString(d.documentId()), d.outlet() == null ? "document " + d.documentId() : d.outlet()));
        Map<String, DescriptionRow> at = new LinkedHashMap<>();
        all.forEach(d -> at.put(d.documentId() + "#" + d.start() + "-" + d.end(), d));
        for (Conflict c : new Namesakes(id -> outlets.getOrDefault(id, id)).find(all.stream().map(PersonDescriptions::office).toList(), naming)) {
            ArrivalConflicts.store(conflicts, documentId, "across|namesake|" + String.join("|", new TreeSet<>(c.entities())), c,
                    place -> at.containsKey(place) ? at.get(place).text() : null);
        }
    }

    private static java.util.Optional<DescriptionRow> row(long documentId, String outlet, String person, String name, String kind, String value,
                                                          Span span, String text, java.time.LocalDate published, Map<String, Long> actors) {
        Long stored = actors.get(person);
        return stored == null ? java.util.Optional.empty() : java.util.Optional.of(new DescriptionRow(documentId, stored, name, kind, value,
                span.start(), span.end(), span.of(text), published, outlet));
    }

    private static AgeConflicts.Age age(DescriptionRow d) {
        return new AgeConflicts.Age(Long.toString(d.documentId()), new Span(d.start(), d.end()), Long.toString(d.person()), d.personName(),
                Integer.parseInt(d.value()), d.published());
    }

    private static RoleConflicts.Role office(DescriptionRow d) {
        return new RoleConflicts.Role(Long.toString(d.documentId()), new Span(d.start(), d.end()), Long.toString(d.person()), d.personName(),
                d.value(), d.published());
    }
}
