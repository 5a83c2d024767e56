package org.crosscheck.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final KnowledgeBase kb = KnowledgeBase.standard();

    @Test
    void demonymsAndCapitalsLeadToTheirCountry() {
        assertThat(kb.countryOfDemonym("Peruvian")).map(Country::name).contains("Peru");
        assertThat(kb.countryOfCapital("Ouagadougou")).map(Country::name).contains("Burkina Faso");
        assertThat(kb.countryNamed("Türkiye")).map(Country::name).contains("Turkey");
    }

    @Test
    void aLeaderAndAPresidentHoldTheSameRank() {
        assertThat(kb.rankWithin("Turkish leader")).isEqualTo(kb.rankWithin("US President"));
    }

    @Test
    void aLegislatureIsAParliament() {
        assertThat(kb.institutionClass("legislature")).contains("parliament");
        assertThat(kb.institutionClass("House of Representatives")).contains("parliament");
    }

    @Test
    void theKnowledgeBaseCoversTheWorldNotOneRegion() {
        assertThat(kb.countryNamed("Uruguay")).isPresent();
        assertThat(kb.countryNamed("Mongolia")).isPresent();
        assertThat(kb.countryNamed("Fiji")).isPresent();
    }
}
