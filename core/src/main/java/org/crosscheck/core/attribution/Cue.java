package org.crosscheck.core.attribution;

import java.util.List;

/**
 * A reporting cue as the lexicon knows it. {@code grammar} says where its speaker is: a VERB has its subject
 * (or, inverted, the phrase after it), a PARTICIPLE ("saying") borrows the speaker of its clause, a SOURCE
 * ("according to") names the speaker after it, and a NOUN ("assurance") is the speaker's, by the possessive before
 * it ("the prime minister's assurance that …").
 */
public record Cue(List<String> words, Stance stance, Grammar grammar) {

    public enum Grammar { VERB, PARTICIPLE, SOURCE, NOUN }

    /** Naming verbs ("what it termed a Turkish occupation") attribute only the quoted label that follows them. */
    public boolean names() {
        String first = words.get(0);
        return words.size() == 1 && grammar == Grammar.VERB && (first.equals("termed") || first.equals("called") || first.equals("described") || first.equals("dubbed"));
    }

    /**
     * Declaring a state of emergency or proclaiming independence is doing it: such a cue reports speech only with
     * a that-clause or a quotation, never with a plain object.
     */
    public boolean performs() {
        String first = words.get(0);
        return grammar == Grammar.VERB && (first.startsWith("declare") || first.startsWith("proclaim"));
    }

    /** Rejecting or dismissing a thing ("rejects the government's legitimacy", "dismissed the minister") is an act. */
    public boolean rejectsThing() {
        String first = words.get(0);
        return stance == Stance.DENIES && (first.startsWith("reject") || first.startsWith("dismiss"));
    }

    /** "As Mendonça put it": "put it" reports speech only after "as" and its speaker ("he put it on the table" does not). */
    public boolean onlyAfterAs() {
        return grammar == Grammar.VERB && words.size() == 2 && words.get(0).startsWith("put") && words.get(1).equals("it");
    }

    /** Expecting reports a forecast only with a clause saying what will happen ("expect the river to crest"). */
    public boolean forecasts() {
        return stance == Stance.EXPECTS;
    }

    /** Agreeing is an event the speaker takes part in; reported inside someone's statement it is that statement's content. */
    public boolean isEvent() {
        return stance == Stance.AGREES;
    }
}
