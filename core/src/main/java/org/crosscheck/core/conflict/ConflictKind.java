package org.crosscheck.core.conflict;

import java.util.Locale;

/** What two accounts disagree about. */
public enum ConflictKind {
    /** The same act or statement credited to different actors or speakers. */
    ATTRIBUTION,
    /** The same event at incompatible dates, after normalisation. */
    DATE,
    /** Incompatible figures for the same measure, beyond what their qualifiers allow. */
    NUMBER,
    /** One entity spelled in ways that suggest an error, or one label naming different bodies. */
    NAME,
    /** A status or role asserted differently. */
    OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
