package org.crosscheck.core.conflict;

import java.util.Locale;

/**
 * How much a conflict matters to a reader: HIGH changes who did or said something, or when, or how many; MEDIUM
 * is probably an error worth correcting; LOW is a variation an editor may want to make consistent.
 */
public enum Severity {
    HIGH, MEDIUM, LOW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
