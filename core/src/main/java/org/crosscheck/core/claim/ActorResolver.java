package org.crosscheck.core.claim;

import java.util.Optional;
import org.crosscheck.core.text.Span;

/**
 * Tells which entity an actor mention names, so claims about "the legislature" and "the House of
 * Representatives" group under one proposition. Entity resolution lives elsewhere; this is where it plugs in.
 */
@FunctionalInterface
public interface ActorResolver {

    /** Leaves every actor unresolved: propositions then fall back to the actor's own wording. */
    ActorResolver NONE = actor -> Optional.empty();

    Optional<String> entityId(Span actorMention);
}
