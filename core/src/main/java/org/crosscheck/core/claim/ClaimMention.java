package org.crosscheck.core.claim;

import java.util.Objects;
import java.util.Optional;
import org.crosscheck.core.normalise.NormalisedDate;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.text.Span;

/**
 * One place where an article makes a checkable claim. {@code span} is the supporting text (a clause or sentence
 * part); {@code actor} the surface mention of who acts (inside the span, or earlier in the sentence when a
 * coordinated verb phrase shares it: "the minister met X and called on Y"), {@code actorEntity} its entity;
 * {@code action} a lemma ("authorise", "call on", "not accept"); {@code modality} whether it is said to have
 * happened or only planned, possible or required; {@code object} what the action is done to, as
 * written; {@code date}/{@code quantity} the normalised date and figure stated in the span; {@code proposition}
 * a normalised key (actor | action | object) that groups mentions of the same claim across outlets.
 * Nullable fields have Optional accessors.
 */
public record ClaimMention(ClaimKind kind, Span span, Span actor, String actorEntity, String action, Modality modality, String object,
                           NormalisedDate date, Quantity quantity, String proposition) {

    public ClaimMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(proposition, "proposition");
        if (actor != null && actor.start() > span.end()) {
            throw new IllegalArgumentException("the actor mention cannot follow the claim it acts in");
        }
    }

    /**
     * What a speaker is credited with saying, as a claim of its own ("the defence would appeal"): the content's span,
     * the speaker's entity, and the speaker's phrase where it comes before the end of the content.
     */
    public static ClaimMention said(Span content, Span speakerPhrase, String speaker, String articleText) {
        Span actor = speakerPhrase != null && speakerPhrase.start() <= content.end() ? speakerPhrase : null;
        // the words said stand for the object: what was said can run to a whole article
        String said = PropositionKey.said(speaker, java.nio.CharBuffer.wrap(articleText, content.start(), content.end()));
        return new ClaimMention(ClaimKind.STANCE, content, actor, speaker, PropositionKey.SAY, Modality.ASSERTED,
                said.substring(said.lastIndexOf('|') + 1).strip(), null, null, said);
    }

    /**
     * What an article tells of a person right beside the name, as a claim ("Crăciunescu, 61": aged 61; "Ovidiu
     * Crăciunescu, the former president": holds the office of former president), keyed by person, fact and value so
     * that outlets telling the same value of the same person corroborate each other.
     */
    public static ClaimMention toldOf(ClaimKind kind, Span span, String person, String fact, String value) {
        return new ClaimMention(kind, span, null, person, fact, Modality.ASSERTED, value, null, null, PropositionKey.of(person, fact, value));
    }

    /** The action of the figure of a longer claim ({@link #figureOf}); never a verb's lemma. */
    public static final String FIGURE_OF = "figure of";

    /**
     * The figure of a longer claim with the few words that say what it is, as a claim of its own ("sentenced Ovidiu
     * Crăciunescu, the former president of the county council, to seven years in prison": "to seven years in prison"),
     * so that outlets giving the figure in other sentences corroborate it. Its object is the parent's action.
     */
    public static ClaimMention figureOf(ClaimMention parent, Span phrase) {
        return figureOf(parent, Objects.requireNonNull(parent.quantity, "a figure"), phrase);
    }

    /** A figure found inside a longer claim that does not carry it as its own: a sum within what a speaker said. */
    public static ClaimMention figureOf(ClaimMention parent, Quantity q, Span phrase) {
        Span actor = parent.actor != null && parent.actor.start() <= phrase.end() ? parent.actor : null;
        String actorKey = parent.proposition.substring(0, parent.proposition.indexOf('|')).strip();
        return new ClaimMention(ClaimKind.QUANTITY, phrase, actor, parent.actorEntity, FIGURE_OF, parent.modality, parent.action,
                null, q, PropositionKey.of(actorKey, FIGURE_OF + " " + parent.action, q.measureKey() + " " + Math.round(q.stated())));
    }

    /** Whether this is the figure of a longer claim ({@link #figureOf}). */
    public boolean isFigureOf() {
        return FIGURE_OF.equals(action);
    }

    public Optional<Span> actorMention() {
        return Optional.ofNullable(actor);
    }

    public Optional<String> entity() {
        return Optional.ofNullable(actorEntity);
    }

    public Optional<NormalisedDate> normalisedDate() {
        return Optional.ofNullable(date);
    }

    public Optional<Quantity> figure() {
        return Optional.ofNullable(quantity);
    }

    public String text(String articleText) {
        return span.of(articleText);
    }
}
