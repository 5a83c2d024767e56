package org.crosscheck.web.api.claims;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.publication.ClaimCards.ClaimCard;
import org.crosscheck.db.publication.ClaimCards.ConflictBrief;
import org.crosscheck.db.publication.ClaimCards.EntityRef;
import org.crosscheck.db.publication.ClaimCards.VerdictBrief;
import org.crosscheck.db.publication.ClaimRecords.ClaimRecord;
import org.crosscheck.db.publication.ClaimRecords.MentionRecord;

/** The claim lookup's JSON: what a program asking "has this been checked?" gets back. */
final class ClaimJson {

    private ClaimJson() {
    }

    record Rating(String code, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verdict(long id, String status, Rating rating, String headline, Instant published, String url) {
    }

    record Conflict(long id, String kind, String severity, String status, String url) {
    }

    record Actor(long id, String name, String kind) {
    }

    /** One proposition: {@code score} only in ranked results, {@code mentions} (a list) only on its own page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Claim(long id, String proposition, String kind, Actor actor, int independentCount, int derivativeCount, List<String> outlets,
                 int mentionCount, LocalDate firstSeen, LocalDate lastSeen, List<Conflict> conflicts, Verdict verdict, BigDecimal score,
                 List<Mention> mentions, String reconciliationVersion, Instant updated, Map<String, String> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Mention(long claim, long document, String outlet, String url, String title, LocalDate published, int start, int end, String text,
                   String speaker) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page<T>(List<T> items, String next, Map<String, String> links) {

        /** A page whose "next" link repeats the request with the cursor of the following page. */
        static <T> Page<T> of(List<T> items, String next, jakarta.ws.rs.core.UriInfo request) {
            return of(items, next, next == null ? null : request.getRequestUriBuilder().replaceQueryParam("cursor", next).build().toString());
        }

        static <T> Page<T> of(List<T> items, String next, String nextLink) {
            Map<String, String> links = new LinkedHashMap<>();
            if (nextLink != null) {
                links.put("next", nextLink);
            }
            return new Page<>(items, next, links);
        }
    }

    static Claim of(ClaimCard card, BigDecimal score, String base) {
        return claim(card, score, null, base);
    }

    static Claim of(ClaimRecord record, String base) {
        List<Mention> mentions = record.mentions().stream().map(ClaimJson::mention).toList();
        return claim(record.card(), null, mentions, base);
    }

    private static Claim claim(ClaimCard card, BigDecimal score, List<Mention> mentions, String base) {
        EntityRef actor = card.actor();
        VerdictBrief v = card.verdict();
        Verdict verdict = v == null ? null : new Verdict(v.id(), v.status(), new Rating(v.rating(), v.ratingLabel()), v.headline(), v.published(),
                base + "/fact-checks/" + v.slug());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", base + "/api/claims/" + card.id());
        links.put("provenance", base + "/api/claims/" + card.id() + "/provenance");
        links.put("provenancePage", base + "/provenance/" + card.id());
        links.put("conflicts", base + "/api/conflicts?claim=" + card.id());
        if (v != null) {
            links.put("factCheck", verdict.url());
            links.put("claimReview", base + "/api/verdicts/" + v.id());
        }
        return new Claim(card.id(), card.text(), card.kind(), actor == null ? null : new Actor(actor.id(), actor.name(), actor.kind()),
                card.independent(), card.derivative(), card.outlets(), card.mentions(), card.firstSeen(), card.lastSeen(),
                card.conflicts().stream().map(c -> conflict(c, base)).toList(), verdict, score, mentions,
                mentions == null ? null : card.reconciliationVersion(), mentions == null ? null : card.updated(), links);
    }

    private static Conflict conflict(ConflictBrief c, String base) {
        return new Conflict(c.id(), c.kind(), c.severity(), c.status(), base + "/api/conflicts/" + c.id());
    }

    private static Mention mention(MentionRecord m) {
        return new Mention(m.claimId(), m.documentId(), m.outlet(), m.url(), m.title(), m.published(), m.start(), m.end(), m.text(), m.speaker());
    }
}
