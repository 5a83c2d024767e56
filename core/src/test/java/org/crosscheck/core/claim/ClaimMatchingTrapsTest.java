package org.crosscheck.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/**
 * The gold's claim-matching traps (read at test time): mentions worded alike that state different propositions
 * (same "cooperate more closely", different partner). Their proposition keys must differ.
 */
class ClaimMatchingTrapsTest {

    @Test
    @SuppressWarnings("unchecked")
    void lookAlikeWordingWithADifferentPartnerIsADifferentProposition() throws IOException {
        Map<String, Object> gold = GoldFile.seeds();
        Map<String, SeedArticle> articles = new HashMap<>();
        Map<String, List<ClaimMention>> claims = new HashMap<>();
        ClaimExtractor extractor = new ClaimExtractor(ActorResolver.NONE);
        for (Object d : (List<Object>) gold.get("documents")) {
            SeedArticle a = SeedArticle.load((Map<String, Object>) d);
            articles.put(a.file(), a);
            claims.put(a.file(), extractor.extract(a.text(), a.sentences(), a.reference()));
        }
        int traps = 0;
        for (Object t : (List<Object>) gold.get("claim_matching_traps")) {
            List<Set<String>> sides = new ArrayList<>();
            for (Object m : (List<Object>) ((Map<String, Object>) t).get("mentions")) {
                Map<String, Object> mention = (Map<String, Object>) m;
                SeedArticle a = articles.get((String) mention.get("file"));
                int at = a.text().indexOf((String) mention.get("text"));
                Span trap = new Span(at, at + ((String) mention.get("text")).length());
                sides.add(claims.get(a.file()).stream().filter(c -> c.span().overlaps(trap))
                        .map(ClaimMention::proposition).collect(Collectors.toSet()));
            }
            assertThat(sides).as("each side of a trap is found as a claim").allSatisfy(s -> assertThat(s).isNotEmpty());
            assertThat(sides.get(0)).as("propositions on both sides of a trap").doesNotContainAnyElementsOf(sides.get(1));
            traps++;
        }
        assertThat(traps).isGreaterThanOrEqualTo(3);
    }
}
