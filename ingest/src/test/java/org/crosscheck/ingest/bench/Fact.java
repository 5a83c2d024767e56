package org.crosscheck.ingest.bench;

import java.util.List;
import java.util.Set;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.time.ReportedDate;

/**
 * Something that happened in a story, before any outlet words it: the act (a lexicon class, or null for a verb
 * the lexicon does not class), who did it, who and where it involved, when, how many, and the wording a wire
 * report first gave it ({@code subject | verb | object words}). Outlets retell it with variations (Retelling).
 */
record Fact(ClaimKind kind, ActClass act, boolean demanded, Set<String> actors, Set<String> participants, Set<String> places,
            ReportedDate date, Quantity quantity, String subject, String verb, List<String> object) {

    String predicate() {
        return act == null ? null : act.name();
    }

    boolean agentive() {
        return act != null && act.agentive();
    }

    String wording() {
        return subject + " | " + verb + " | " + String.join(" ", object);
    }
}
