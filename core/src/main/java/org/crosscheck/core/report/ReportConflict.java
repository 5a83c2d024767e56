package org.crosscheck.core.report;

import java.util.List;

/**
 * A conflict as the report states it: kind (attribution, date, number, name, other), severity (high, medium, low),
 * a plain-language explanation, every side as a span with what that side says, and the entity ids involved.
 * {@code claim} on a side is the report claim the span belongs to, when it is a claim mention.
 */
public record ReportConflict(String id, String kind, String severity, String explanation, List<Side> mentions, List<String> entities) {

    public ReportConflict {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }

    /** One side: the span in a document, its text, and what this side says. */
    public record Side(String file, int start, int end, String text, String account, String claim) {
    }
}
