package org.crosscheck.web.publication;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.crosscheck.db.publication.ClaimCards.EntityRef;
import org.crosscheck.db.publication.ClaimRecords.MentionRecord;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;
import org.crosscheck.db.publication.PublishedVerdicts.Revision;

/**
 * A fact-check as schema.org ClaimReview, with what Google's fact-check guidelines require (claimReviewed,
 * reviewRating with alternateName, url, author, datePublished) and recommend (itemReviewed as a Claim with its
 * author, appearances and first appearance, and the review's headline, body and last modification).
 */
public final class ClaimReviewMarkup {

    /** On the newsroom's rating scale, 1 is the least and 5 the most accurate. */
    static final int WORST = 1;
    static final int BEST = 5;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimReviewMarkup() {
    }

    public static ObjectNode of(FactCheck f, String base, String newsroom) {
        Revision current = f.current();
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", base + "/fact-checks/" + f.slug());
        review.put("claimReviewed", f.proposition());
        review.put("headline", current.headline());
        review.put("reviewBody", current.summary());
        review.put("datePublished", date(f.firstPublished() == null ? f.history().get(f.history().size() - 1).publishedAt() : f.firstPublished()));
        review.put("dateModified", current.publishedAt().toString());
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", newsroom);
        author.put("url", base + "/");
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", current.ratingScore());
        rating.put("bestRating", BEST);
        rating.put("worstRating", WORST);
        rating.put("alternateName", current.ratingLabel());
        ObjectNode claim = review.putObject("itemReviewed");
        claim.put("@type", "Claim");
        EntityRef claimant = f.claimant();
        if (claimant != null) {
            ObjectNode who = claim.putObject("author");
            who.put("@type", "person".equals(claimant.kind()) ? "Person" : "Organization");
            who.put("name", claimant.name());
        }
        if (!f.appearances().isEmpty()) {
            MentionRecord first = f.appearances().get(0); // appearances come in order of publication
            if (first.published() != null) {
                claim.put("datePublished", first.published().toString());
            }
            claim.set("firstAppearance", appearance(first, base));
            ArrayNode appearances = claim.putArray("appearance");
            Set<Long> seen = new LinkedHashSet<>();
            for (MentionRecord m : f.appearances()) {
                if (seen.add(m.documentId())) {
                    appearances.add(appearance(m, base));
                }
            }
        }
        return review;
    }

    private static ObjectNode appearance(MentionRecord m, String base) {
        ObjectNode article = JSON.objectNode();
        article.put("@type", "CreativeWork");
        article.put("url", m.url() != null ? m.url() : base + "/documents/" + m.documentId());
        if (m.title() != null) {
            article.put("headline", m.title());
        }
        if (m.published() != null) {
            article.put("datePublished", m.published().toString());
        }
        if (m.outlet() != null) {
            ObjectNode publisher = article.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", m.outlet());
        }
        return article;
    }

    private static String date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    /**
     * The markup as the text of a {@code <script type="application/ld+json">} element: every '<', '>' and '&' written
     * as a JSON escape, so no text in it can close the element or open a comment, whatever a quote contains.
     */
    public static String forScriptElement(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
