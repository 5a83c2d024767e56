package org.crosscheck.core.claim;

import java.util.List;
import org.crosscheck.core.normalise.Token;
import org.crosscheck.core.text.Span;

/**
 * A clause of a sentence: tokens {@code [from, to)} of the sentence's token list. {@code sharesSubject} marks a
 * coordinated verb phrase ("... and called on the council to ...") whose actor is the previous clause's;
 * {@code antecedent}, when not -1, is the token of the noun a contact clause is about ("the agreement [the two
 * governments signed in 2013]"): its object, written before it.
 */
record Clause(int from, int to, boolean sharesSubject, int antecedent) {

    Clause(int from, int to, boolean sharesSubject) {
        this(from, to, sharesSubject, -1);
    }


    boolean isEmpty() {
        return to <= from;
    }

    int size() {
        return to - from;
    }

    Span span(List<Token> tokens) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
