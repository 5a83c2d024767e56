package org.crosscheck.core.attribution;

/** What a reporting cue says the speaker did with the words: plain saying, claiming, denying, calling for... */
public enum Stance {
    SAYS, CLAIMS, DENIES, CALLS_FOR, WARNS, AGREES, ANNOUNCES, PRAISES, CRITICISES, PROMISES, CONFIRMS, EXPECTS
}
