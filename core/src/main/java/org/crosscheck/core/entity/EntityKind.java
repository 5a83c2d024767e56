package org.crosscheck.core.entity;

/** The kinds of actor a newsroom tells apart. */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, PLACE, GROUP;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
