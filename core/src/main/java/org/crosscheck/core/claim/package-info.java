/**
 * Checkable claims in an article body: {@link org.crosscheck.core.claim.ClaimExtractor} cuts sentences into
 * clause-sized {@link org.crosscheck.core.claim.ClaimMention}s (event, quantity, date, stance, status) with actor,
 * action, object, modality, normalised date and figure, and a proposition key for grouping. Which entity an actor
 * names is decided elsewhere and plugged in through {@link org.crosscheck.core.claim.ActorResolver}.
 */
package org.crosscheck.core.claim;
