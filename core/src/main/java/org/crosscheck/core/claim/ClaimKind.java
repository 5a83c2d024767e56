package org.crosscheck.core.claim;

/** What a claim asserts: something happened, a figure, when something happened, a position taken, a standing. */
public enum ClaimKind { EVENT, QUANTITY, DATE, STANCE, STATUS }
