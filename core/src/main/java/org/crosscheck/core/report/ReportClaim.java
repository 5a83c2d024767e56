package org.crosscheck.core.report;

import java.util.List;

/** A proposition stated in one or more articles, with every supporting span and its normalised values. */
public record ReportClaim(String id, String proposition, String kind, List<ClaimMention> mentions, Normalised normalised) {

    public ReportClaim {
        mentions = List.copyOf(mentions);
    }

    /** One supporting span of a claim in one article. */
    public record ClaimMention(String file, int start, int end, String text) {
    }

    /** A claim's date (ISO at stated precision), number and acting entity id, each null where not stated. */
    public record Normalised(String date, String number, String actor) {
    }
}
