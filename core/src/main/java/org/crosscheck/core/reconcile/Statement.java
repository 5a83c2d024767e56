package org.crosscheck.core.reconcile;

import java.util.Objects;
import java.util.Set;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * One claim mention as reconciliation compares it with others: where it is ({@code document}, {@code span}), what
 * kind of thing it asserts ({@code predicate}, a class from predicates.tsv, or null when the verb has none; when
 * {@code agentive}, who acts is part of what is claimed),
 * whether it is a demand rather than a report of fact ("called on Turkey to withdraw"), who acts ({@code actors}:
 * entity ids, empty when unknown), who else it is about ({@code participants}: people, organisations, groups) and
 * where ({@code places}: countries and places, which alone say little about what happened), where the article's
 * story is set ({@code setting}: the places of its headline and opening, or named again and again), its normalised date and
 * figure (null when not stated), a wording-based {@code key} for claims whose verb has no class, and the day the
 * article was published (null when unknown): one story is one place within a few weeks, not a place forever.
 * {@code ongoing}: its figure counts how things stand on a day ("seven patients are in intensive care", "three
 * people have died", "nine were in hospital on Friday"), not what one event did ("the blast killed seven"); see
 * {@link OngoingCounts}. {@code revised}: its figure is a count taken again ("after the recount, she had 13,094
 * votes"), which replaces earlier counts of the same thing, up or down. {@code provisional}: its figure is from a count
 * still going on ("preliminary results, with 94 percent of polling stations reporting, put her 2,454 votes ahead"),
 * which any fuller count of the same thing replaces. {@code dayWithoutYear}: with no date, the day
 * and month an undated article gives without a year ("freed on 14 March"), null otherwise.
 */
public record Statement(String document, Span span, ClaimKind kind, String predicate, boolean agentive, boolean demanded,
                        Set<String> actors,
                        Set<String> participants, Set<String> places, Set<String> setting, ReportedDate date, Quantity quantity,
                        String key, java.time.LocalDate published, boolean ongoing, boolean revised, boolean provisional,
                        java.time.MonthDay dayWithoutYear) {

    /** A statement dated in full or not at all. */
    public Statement(String document, Span span, ClaimKind kind, String predicate, boolean agentive, boolean demanded, Set<String> actors,
                     Set<String> participants, Set<String> places, Set<String> setting, ReportedDate date, Quantity quantity, String key,
                     java.time.LocalDate published, boolean ongoing, boolean revised) {
        this(document, span, kind, predicate, agentive, demanded, actors, participants, places, setting, date, quantity, key, published, ongoing,
                revised, false, null);
    }

    /** A statement whose figure, if any, is neither an {@linkplain #ongoing() ongoing} count nor a {@linkplain #revised() revision}. */
    public Statement(String document, Span span, ClaimKind kind, String predicate, boolean agentive, boolean demanded, Set<String> actors,
                     Set<String> participants, Set<String> places, Set<String> setting, ReportedDate date, Quantity quantity, String key,
                     java.time.LocalDate published) {
        this(document, span, kind, predicate, agentive, demanded, actors, participants, places, setting, date, quantity, key, published, false,
                false);
    }

    public Statement {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        actors = Set.copyOf(actors);
        participants = Set.copyOf(participants);
        places = Set.copyOf(places);
        setting = Set.copyOf(setting);
        if (date != null && dayWithoutYear != null) {
            throw new IllegalArgumentException("a statement dated in full has its year");
        }
    }

    /** Stable across runs and insertion orders: the document and the exact span. */
    public String id() {
        return document + "#" + span.start() + "-" + span.end();
    }

    /** Everyone and everywhere the mention names besides its actors. */
    public Set<String> named() {
        Set<String> all = new java.util.HashSet<>(participants);
        all.addAll(places);
        return all;
    }

    /** The object wording of the key ("rival sides"), without actor and verb. */
    public String objectWords() {
        return key.substring(key.lastIndexOf('|') + 1).strip();
    }

    /** The day a figure describes: its stated day, else the day its article was published; null when neither is known. */
    public java.time.LocalDate countedOn() {
        return date != null && date.first().equals(date.last()) ? date.first() : published;
    }

    public boolean hasActor() {
        return !actors.isEmpty();
    }
}
