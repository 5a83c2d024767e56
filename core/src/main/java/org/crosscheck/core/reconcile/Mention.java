package org.crosscheck.core.reconcile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one article states a proposition, as corroboration sees it: the document, its outlet, when it was published,
 * the original it is a syndicated copy of (if any), and the outlet it credits for the statement ("…, Meridian Wire
 * reported"), if any. Unknown outlet or date are {@code null}.
 */
public record Mention(long document, String outlet, LocalDate published, Long syndicatedFrom, String creditedOutlet) {

    public Mention {
        if (syndicatedFrom != null && syndicatedFrom == document) {
            throw new IllegalArgumentException("a document cannot be a copy of itself");
        }
    }

    public static Mention of(long document, String outlet, LocalDate published) {
        return new Mention(document, outlet, published, null, null);
    }

    public Mention copyOf(long original) {
        return new Mention(document, outlet, published, original, creditedOutlet);
    }

    public Mention crediting(String otherOutlet) {
        return new Mention(document, outlet, published, syndicatedFrom, otherOutlet);
    }

    /**
     * The voice behind this mention when it is not a copy: the credited outlet for a relayed report, else its own
     * outlet, else (outlet unknown) the document itself.
     */
    String ownVoice() {
        if (creditedOutlet != null && !sameOutlet(creditedOutlet, outlet)) {
            return "outlet:" + key(creditedOutlet);
        }
        return outlet == null ? "document:" + document : "outlet:" + key(outlet);
    }

    static boolean sameOutlet(String a, String b) {
        return a != null && b != null && Objects.equals(key(a), key(b));
    }

    private static String key(String outlet) {
        return outlet.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
