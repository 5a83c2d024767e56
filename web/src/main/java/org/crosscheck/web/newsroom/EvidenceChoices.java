package org.crosscheck.web.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.review.ConflictFiles;
import org.crosscheck.db.review.Passage;
import org.crosscheck.db.review.PropositionFiles;
import org.crosscheck.db.verdict.VerdictRepository.CitedEvidence;
import org.crosscheck.db.verdict.VerdictRepository.Evidence;

/**
 * The spans a verdict may cite and the claimants it may name: the mentions of its proposition, the sides of its
 * conflict, and whatever it already cites. Each span is keyed by document and offsets, so the form carries a
 * choice, and the server resolves it against this list.
 */
public final class EvidenceChoices {

    /** One span offered for citing. */
    public record Span(String key, String outlet, String title, Passage passage, Evidence evidence) {
    }

    public record Claimant(String key, String name) {
    }

    private final Map<String, Span> spans = new LinkedHashMap<>();
    private final Map<String, Claimant> claimants = new LinkedHashMap<>();

    static String keyOf(long documentId, int start, int end) {
        return documentId + "-" + start + "-" + end;
    }

    void mentions(List<PropositionFiles.Mention> mentions) {
        for (PropositionFiles.Mention m : mentions) {
            add(new Span(keyOf(m.documentId(), m.start(), m.end()), m.outlet(), m.title(), m.passage(),
                    new Evidence(m.claimId(), m.documentId(), m.start(), m.end(), m.passage().span())));
            if (m.speakerId() != null) {
                claimant(m.speakerId(), m.speaker());
            }
        }
    }

    void sides(List<ConflictFiles.Side> sides) {
        for (ConflictFiles.Side s : sides) {
            add(new Span(keyOf(s.documentId(), s.start(), s.end()), s.outlet(), s.title(), s.passage(),
                    new Evidence(s.claimId(), s.documentId(), s.start(), s.end(), s.passage().span())));
        }
    }

    void cited(List<CitedEvidence> cited) {
        for (CitedEvidence c : cited) {
            Evidence e = c.evidence();
            add(new Span(keyOf(e.documentId(), e.start(), e.end()), c.outlet(), c.title(), c.passage(), e));
        }
    }

    void claimant(Long entityId, String name) {
        if (entityId != null && name != null) {
            claimants.putIfAbsent(entityId.toString(), new Claimant(entityId.toString(), name));
        }
    }

    private void add(Span span) {
        spans.putIfAbsent(span.key(), span);
    }

    public List<Span> getSpans() {
        return new ArrayList<>(spans.values());
    }

    public List<Claimant> getClaimants() {
        return new ArrayList<>(claimants.values());
    }

    boolean hasSpan(String key) {
        return spans.containsKey(key);
    }

    boolean hasClaimant(String key) {
        return claimants.containsKey(key);
    }

    List<Evidence> evidence(List<String> keys) {
        return keys.stream().distinct().map(k -> spans.get(k).evidence()).toList();
    }

    Long claimantId(String key) {
        return key.isEmpty() ? null : Long.valueOf(key);
    }

    /** The keys of what a revision cites, to tick the boxes of an edit form. */
    static List<String> keys(List<CitedEvidence> cited) {
        return cited.stream().map(c -> keyOf(c.evidence().documentId(), c.evidence().start(), c.evidence().end())).toList();
    }
}
