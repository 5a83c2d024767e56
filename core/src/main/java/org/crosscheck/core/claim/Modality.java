package org.crosscheck.core.claim;

import java.util.Map;

/**
 * Whether a claim says something happened or only that it will, may or must: "will appoint ambassadors" is a plan
 * and cannot be contradicted by the fact that no ambassador has been appointed yet.
 */
public enum Modality {
    ASSERTED, PLANNED, POSSIBLE, REQUIRED;

    private static final Map<String, Modality> MODALS = Map.of("will", PLANNED, "would", PLANNED, "shall", PLANNED,
            "'ll", PLANNED, "could", POSSIBLE, "can", POSSIBLE, "may", POSSIBLE, "might", POSSIBLE, "must", REQUIRED,
            "should", REQUIRED);

    /** The modality a word between actor and verb signals, or null when it signals none. */
    static Modality signalledBy(String word) {
        return MODALS.get(word);
    }
}
