package org.crosscheck.web.newsroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor typed into the verdict editor, kept as typed so that a refused save (a missing field, or a
 * colleague's newer save) shows it all again. {@code evidence} and {@code claimant} are keys of the choices the
 * page offered, never row ids taken on trust.
 */
public record VerdictForm(String rating, String headline, String summary, String claimant, List<String> evidence, String correctionNote,
                          long version) {

    static final int MAX_HEADLINE = 200;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_NOTE = 2_000;

    public VerdictForm {
        rating = rating == null ? "" : rating.strip();
        headline = headline == null ? "" : headline.strip();
        summary = summary == null ? "" : summary.strip();
        claimant = claimant == null ? "" : claimant.strip();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        correctionNote = correctionNote == null ? "" : correctionNote.strip();
    }

    static VerdictForm empty() {
        return new VerdictForm("", "", "", "", List.of(), "", 0);
    }

    public boolean cites(String key) {
        return evidence.contains(key);
    }

    /** What is wrong, field by field; a correction must say what it corrects. */
    Map<String, String> problems(Set<String> ratings, EvidenceChoices choices, boolean correcting) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!ratings.contains(rating)) {
            problems.put("rating", "choose a rating");
        }
        if (headline.isEmpty()) {
            problems.put("headline", "write a headline");
        } else if (headline.length() > MAX_HEADLINE) {
            problems.put("headline", "at most " + MAX_HEADLINE + " characters");
        }
        if (summary.isEmpty()) {
            problems.put("summary", "say what was checked and what was found");
        } else if (summary.length() > MAX_SUMMARY) {
            problems.put("summary", "at most " + MAX_SUMMARY + " characters");
        }
        if (!claimant.isEmpty() && !choices.hasClaimant(claimant)) {
            problems.put("claimant", "choose a claimant from the list");
        }
        if (evidence.isEmpty()) {
            problems.put("evidence", "cite at least one span");
        } else if (!evidence.stream().allMatch(choices::hasSpan)) {
            problems.put("evidence", "cite spans from the list only");
        }
        if (correcting && correctionNote.isEmpty()) {
            problems.put("correctionNote", "say what this correction changes; readers see it");
        } else if (correctionNote.length() > MAX_NOTE) {
            problems.put("correctionNote", "at most " + MAX_NOTE + " characters");
        }
        return problems;
    }
}
