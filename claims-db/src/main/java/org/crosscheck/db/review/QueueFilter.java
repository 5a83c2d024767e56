package org.crosscheck.db.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What an editor narrowed the queue to; every part may be absent. {@code kind} is a conflict kind (attribution,
 * date, number, name, other) or a claim kind (EVENT, QUANTITY, ...); {@code status} is a conflict status, or
 * {@code verdict} for propositions that have one, or {@code all}; absent, the queue shows what needs review:
 * open conflicts and propositions without a verdict.
 */
public record QueueFilter(String outlet, Long entity, String kind, String status, LocalDate since, String search) {

    public static final Set<String> CONFLICT_KINDS = Set.of("attribution", "date", "number", "name", "other");
    public static final Set<String> CLAIM_KINDS = Set.of("EVENT", "QUANTITY", "DATE", "STANCE", "STATUS");
    public static final Set<String> CONFLICT_STATUSES = Set.of("open", "confirmed", "dismissed", "resolved");
    public static final String WITH_VERDICT = "verdict";
    public static final String ALL = "all";

    public QueueFilter {
        outlet = blankToNull(outlet);
        kind = blankToNull(kind);
        status = blankToNull(status);
        search = blankToNull(search);
    }

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null);
    }

    /** Whether conflicts can match at all: not when the kind or status named belongs to propositions only. */
    boolean showsConflicts() {
        return (kind == null || CONFLICT_KINDS.contains(kind)) && !WITH_VERDICT.equals(status);
    }

    boolean showsPropositions() {
        return (kind == null || CLAIM_KINDS.contains(kind)) && (status == null || WITH_VERDICT.equals(status) || ALL.equals(status));
    }

    /** The conflict status asked for; absent means open ones. */
    String conflictStatus() {
        return status == null ? "open" : ALL.equals(status) ? null : status.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
