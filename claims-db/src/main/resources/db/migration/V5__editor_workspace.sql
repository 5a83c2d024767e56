-- The editor workspace reads the store in the orders an editor works in: indexes for the review queue
-- (propositions by how many outlets carry them, those without a verdict), for the pages that join conflicts,
-- claims and verdicts, and for rewriting the entity ids of claims when an editor merges or splits entities.

CREATE INDEX proposition_queue_idx ON proposition ((cardinality(outlets)) DESC, independent_count DESC, id);
CREATE INDEX proposition_outlets_idx ON proposition USING gin (outlets);
CREATE INDEX verdict_proposition_idx ON verdict (proposition_id);
CREATE INDEX verdict_conflict_idx ON verdict (conflict_id);
CREATE INDEX conflict_side_claim_idx ON conflict_side (claim_id);
CREATE INDEX claim_entities_idx ON claim USING gin ((actor_ids || participant_ids || place_ids || setting_ids));
CREATE INDEX entity_merged_into_idx ON entity (merged_into_id) WHERE merged_into_id IS NOT NULL;
-- "Propositions in several outlets without a verdict", counted on every queue view: an index-only count.
CREATE INDEX proposition_widely_reported_idx ON proposition (id) WHERE cardinality(outlets) > 1;
-- The queue's search looks into conflicts' explanations and sides as it does into propositions.
CREATE INDEX conflict_explanation_trgm_idx ON conflict USING gin (fold_text(explanation) gin_trgm_ops);
CREATE INDEX conflict_side_text_trgm_idx ON conflict_side USING gin (fold_text(text) gin_trgm_ops);
