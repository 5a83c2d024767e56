package org.crosscheck.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** Names read from sentences written for these tests (one sentence a line). */
class NameReaderTest {

    private final NameReader reader = new NameReader(KnowledgeBase.standard());

    private ArticleCast cast(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            sentences.add(new Sentence(sentences.size(), new Span(start, start + line.length())));
            start += line.length() + 1;
        }
        ArticleCast cast = new ArticleCast();
        reader.read(text, sentences, cast);
        return cast;
    }

    private static Actor named(ArticleCast cast, String name) {
        return cast.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aBylineNamesThePersonWithoutTheBy() {
        ArticleCast cast = cast("By Jana Korhonen\nThe talks resumed on Monday.");
        assertThat(named(cast, "Jana Korhonen")).isNotNull();
        assertThat(named(cast, "By Jana Korhonen")).isNull();
    }

    @Test
    void aHeadlinesCapitalisedWordBeforeASurnameIsNoFirstName() {
        String text = "Challenger Kerrigan wins governor race\nOpposition candidate Nadia Kerrigan has won the race.\n"
                + "Kerrigan, 47, told supporters the result was clear.";
        ArticleCast cast = cast(text);
        Actor kerrigan = named(cast, "Nadia Kerrigan");
        assertThat(cast.actors()).filteredOn(a -> a.kind() == EntityKind.PERSON).containsExactly(kerrigan);
        assertThat(kerrigan.aliases()).doesNotContain("Challenger Kerrigan");
        int surnameAlone = text.indexOf("Kerrigan, 47");
        assertThat(cast.endingAt(new Span(surnameAlone, surnameAlone + "Kerrigan".length()))).isEqualTo(kerrigan);
    }

    @Test
    void aPartyNamedForThePeopleKeepsItsPossessiveAndIsThePartyMeantNext() {
        String text = "Kerrigan, of the Civic Renewal Party, beat Stroud of the People's Alliance.\n"
                + "Stroud's People's Alliance has refused to accept the result.\nThe party lodged a complaint on Tuesday.";
        ArticleCast cast = cast(text);
        Actor alliance = named(cast, "People's Alliance");
        assertThat(alliance).isNotNull();
        assertThat(alliance.kind()).isEqualTo(EntityKind.ORGANIZATION);
        int party = text.indexOf("The party");
        assertThat(cast.endingAt(new Span(party, party + "The party".length()))).isEqualTo(alliance);
        assertThat(cast("The Tanzania People's Defence Force said two boats were seized.").actors())
                .filteredOn(a -> a.name().contains("Defence Force")).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(EntityKind.ORGANIZATION));
    }

    @Test
    void aCurrencysCodeBeforeASumIsNoOrganisation() {
        ArticleCast cast = cast("The deal adds EUR 38 million to the wage bill, the EBRD said.");
        assertThat(named(cast, "EUR")).isNull();
        assertThat(named(cast, "EBRD")).isNotNull();
    }

    @Test
    void aConsultancyAndAnAnalyticsFirmAreOrganisationsNotPeople() {
        ArticleCast cast = cast("The stoppage cost the operator EUR 4 million a day, according to the consultancy Tejo Mobility.\n"
                + "Analysts at Ribeira Analytics said the figure was too high.");
        assertThat(named(cast, "Tejo Mobility").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(named(cast, "Ribeira Analytics").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void aCountrysNationalAssemblyIsNotKnownByTheBareNameEveryCountrysAssemblyShares() {
        ArticleCast cast = cast("Malawi's National Assembly voted on Wednesday. Tanzania's National Assembly passed a motion on Thursday.");
        assertThat(cast.actors()).filteredOn(a -> a.country() != null && a.kind() == EntityKind.ORGANIZATION).hasSize(2)
                .allSatisfy(a -> assertThat(a.aliases()).doesNotContain("National Assembly"));
    }

    @Test
    void theGreekMaritimeMinistryAndGreecesMaritimeMinistryAreOneBodyOfGreece() {
        ArticleCast cast = cast("The Greek maritime ministry ordered an inquiry.\nGreece's maritime ministry said the ferry was overloaded.");
        assertThat(cast.actors()).filteredOn(a -> "maritime-ministry".equals(a.institution())).singleElement()
                .satisfies(a -> assertThat(a.country().name()).isEqualTo("Greece"));
    }

    @Test
    void aCoastguardOfficialInAGreekStoryIsNotTheTurkishCoastguardNamedBefore() {
        ArticleCast cast = cast("At Greece's request, the Turkish coastguard sent two vessels.\nThe captain was detained, a coastguard official said.");
        Actor turkish = cast.actors().stream().filter(a -> "coastguard".equals(a.institution())).findFirst().orElseThrow();
        assertThat(turkish.aliases()).noneMatch(alias -> alias.equalsIgnoreCase("coastguard"));
    }

    @Test
    void aDatelineInCapitalsBeforeADashIsWhereTheStoryWasFiled() {
        ArticleCast cast = cast("VELMORA \u2014 Thieves broke into the museum on Monday.\nLISBON - A man was charged on Friday.");
        assertThat(cast.actors()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(EntityKind.PLACE);
            assertThat(a.aliases()).contains("VELMORA");
        });
        assertThat(cast.actors()).filteredOn(a -> a.kind() == EntityKind.COUNTRY).allSatisfy(c -> assertThat(c.aliases()).doesNotContain("LISBON"));
        assertThat(cast.actors()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(EntityKind.PLACE);
            assertThat(a.aliases()).contains("LISBON");
        });
    }

    @Test
    void aPaintingsTitleInQuotationMarksIsNoPersonButThePainterIs() {
        ArticleCast cast = cast("The thieves took Joos Verhaeghe's \"Portrait of a Merchant's Wife\" and \u201cStill Life with Quinces\u201d.");
        assertThat(cast.actors()).noneMatch(a -> a.aliases().contains("Wife") || a.aliases().contains("Still Life"));
        assertThat(cast.actors()).anyMatch(a -> a.kind() == EntityKind.PERSON && a.aliases().contains("Joos Verhaeghe"));
    }

    @Test
    void aCapitalAfterAColonHeadsAnotherStoryAndIsNoGovernment() {
        ArticleCast cast = cast("Read next: Lisbon tram fares to rise by ten cents from April");
        assertThat(cast.actors()).noneMatch(a -> a.kind() == EntityKind.COUNTRY);
        assertThat(cast.actors()).anyMatch(a -> a.kind() == EntityKind.PLACE && a.aliases().contains("Lisbon"));
    }

    @Test
    void aDayOpeningARunOfCapitalsIsNoName() {
        ArticleCast cast = cast("By Tuesday Chilean engineers were at work.");
        assertThat(cast.actors()).noneMatch(a -> a.kind() == EntityKind.PERSON);
    }

    @Test
    void aRiverIsAPlaceAndTheRiverIsThatRiver() {
        ArticleCast cast = cast("Villages along the Drava river were flooded.\nThe river rose again on Tuesday.");
        Actor river = named(cast, "Drava");
        assertThat(river).isNotNull();
        assertThat(river.kind()).isEqualTo(EntityKind.PLACE);
        assertThat(river.aliases()).contains("Drava river", "The river");
    }

    @Test
    void placesAfterAPrepositionOfPlaceOrBeforeTheirFeatureAreRead() {
        ArticleCast cast = cast("Snow fell in the Pyrenees.\nTrucks waited at the Irun border crossing.\nFamilies moved to Tartu and Narva.");
        assertThat(named(cast, "Pyrenees").kind()).isEqualTo(EntityKind.PLACE);
        assertThat(named(cast, "Irun").aliases()).contains("Irun border crossing");
        assertThat(named(cast, "Narva").kind()).isEqualTo(EntityKind.PLACE);
    }

    @Test
    void aTownOfTwoWordsAfterInAndADatelineInCapitalsArePlacesNotPeople() {
        ArticleCast cast = cast("NOVA GORICA, Slovenia - The bridge closed.\nCrowds gathered in Nova Gorica on Sunday.\n"
                + "Mayor Ana Kobal spoke in Ana Kobal's own words.");
        assertThat(named(cast, "NOVA GORICA").kind()).isEqualTo(EntityKind.PLACE);
        assertThat(cast.actors()).filteredOn(a -> a.kind() == EntityKind.PERSON).extracting(Actor::name).containsExactly("Ana Kobal");
        assertThat(cast.actors()).filteredOn(a -> a.name().equals("Ana Kobal")).extracting(Actor::kind).containsExactly(EntityKind.PERSON);
    }

    @Test
    void twoTransliterationsOfOnePlaceAreOnePlace() {
        ArticleCast cast = cast("Protests spread to Benghazi.\nShops closed in Bengazhi on Friday.");
        assertThat(cast.actors()).filteredOn(a -> a.kind() == EntityKind.PLACE).singleElement()
                .satisfies(p -> assertThat(p.aliases()).contains("Benghazi", "Bengazhi"));
    }

    @Test
    void theCapitalIsTheCapitalNamedLast() {
        ArticleCast cast = cast("Rebels marched on Nairobi.\nThey failed to take the capital.");
        assertThat(named(cast, "Nairobi").aliases()).contains("the capital");
    }

    @Test
    void aGovernmentNamedAfterItsSeatAndAPictureCreditAreOrganisations() {
        ArticleCast cast = cast("Ministers of the Garowe government resigned on Monday.\nThe two leaders met on Tuesday [Reuters]");
        assertThat(named(cast, "Garowe government").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(named(cast, "Reuters").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void anInstitutionSittingInACapitalIsThatCountrys() {
        ArticleCast cast = cast("The bill passed after the National Assembly in Nairobi voted on Monday.");
        assertThat(cast.actors()).filteredOn(a -> "parliament".equals(a.institution())).singleElement()
                .satisfies(p -> {
                    assertThat(p.country().name()).isEqualTo("Kenya");
                    assertThat(p.aliases()).contains("National Assembly in Nairobi");
                });
    }

    @Test
    void aCountrysBodyNamedInLowerCaseIsThatCountrysAndTheSectorIsIt() {
        ArticleCast cast = cast("Roads were closed, according to Chile's disaster management sector.\n"
                + "Ana Rojas runs the sector's northern office.");
        Actor sector = named(cast, "Chile's disaster management sector");
        assertThat(sector.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(sector.country().name()).isEqualTo("Chile");
        assertThat(sector.aliases()).contains("the sector");
    }

    @Test
    void theBodyIsTheOrganisationNamedLast() {
        ArticleCast cast = cast("The Andean Fisheries Council met in Lima.\nIt was the first session in the body's history.");
        assertThat(named(cast, "Andean Fisheries Council").aliases()).contains("the body");
    }

    @Test
    void theCompanyIsTheBusinessNamedLastNotTheRegulatorNamedAfterIt() {
        ArticleCast cast = cast("Investors sued the shipping firm Velmora Ferries over the sinking.\n"
                + "The Maritime Inspectorate opened a review.\nThe company was fined in 2023.");
        assertThat(named(cast, "Velmora Ferries").aliases()).contains("The company");
        assertThat(named(cast, "Maritime Inspectorate").aliases()).doesNotContain("The company");
    }

    @Test
    void aBusinessIsKnownByWhatTheArticleCallsIt() {
        ArticleCast cast = cast("Workers rejected an offer from the state-owned operator Trenvia Rail.\n"
                + "The Transport Ministry urged talks.\nThe operator said it would not improve its offer.");
        assertThat(named(cast, "Trenvia Rail").aliases()).contains("The operator");
        // a body whose name says it is public is never "the company", whatever else its name says
        ArticleCast civic = cast("The Andean Steel Association met in Lima.\nThe company said nothing.");
        assertThat(named(civic, "Andean Steel Association").aliases()).doesNotContain("The company");
    }

    @Test
    void theMinistryIsTheMinistryNamedLastHoweverItsNameIsOrdered() {
        ArticleCast cast = cast("The Ministry of Infrastructure and Transport estimated the losses.\nThe ministry asked for minimum services.");
        assertThat(named(cast, "Ministry of Infrastructure").aliases()).contains("The ministry");
    }

    @Test
    void anEpithetBeforeACountryStillNamesTheCountry() {
        ArticleCast cast = cast("Aid reached war-torn Yemen on Friday.");
        assertThat(named(cast, "Yemen").aliases()).contains("war-torn Yemen");
    }

    @Test
    void theGovernmentUnnamedIsTheGovernmentOfThePersonJustNamed() {
        ArticleCast cast = cast("Kenyan Finance Minister Wanjiru Odhiambo visited the port.\nShe called on the government to publish the loan terms.");
        assertThat(cast.actors()).filteredOn(a -> "government".equals(a.institution())).singleElement()
                .satisfies(g -> assertThat(g.country().name()).isEqualTo("Kenya"));
    }

    @Test
    void aTitleSetBeforeTheNameBetweenCommasIsAnotherNameOfThePerson() {
        ArticleCast cast = cast("Ties were cut after the fall, in 2013, of the then president of Chile and an ally of Lima, Ana Rojas.");
        assertThat(named(cast, "Ana Rojas").aliases()).contains("the then president of Chile");
    }

    @Test
    void aPluralNameGivenInQuotationMarksNamesAGroup() {
        ArticleCast cast = cast("Fighters who are called “the Hawks” crossed the river.");
        assertThat(named(cast, "the Hawks").kind()).isEqualTo(EntityKind.GROUP);
        assertThat(cast("Officials called “the Plan” a failure.").actors()).noneMatch(a -> a.kind() == EntityKind.GROUP);
    }

    @Test
    void theRegionalNationIsTheMemberCountryNamedLast() {
        ArticleCast cast = cast("Talks on Ghana stalled.\nThe summit met in Nairobi, and the East African nation offered to mediate.");
        assertThat(named(cast, "Kenya").aliases()).contains("the East African nation");
        assertThat(named(cast, "Ghana").aliases()).doesNotContain("the East African nation");
    }

    @Test
    void anUnnamedNewOfficeHolderIsAPersonOfHisOwnNotTheOneNamed() {
        ArticleCast cast = cast("Kenyan Prime Minister Wanjiru Odhiambo resigned.\nSince the selection of a new interim Kenyan prime minister, talks resumed.");
        Actor newcomer = named(cast, "a new interim Kenyan prime minister");
        assertThat(newcomer.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(named(cast, "Wanjiru Odhiambo").aliases()).doesNotContain("a new interim Kenyan prime minister");
    }

    @Test
    void outletsCompaniesAndLawsAreNobodysName() {
        ArticleCast cast = cast("Meridian Ports Holding welcomed the vote, the Kvarner Courier reported.\n"
                + "Lawmakers passed the Port of Rijeka Concession Act on Wednesday.\nBill Moreno, an analyst, was not surprised.");
        assertThat(cast.actors()).filteredOn(a -> a.kind() == EntityKind.PERSON).extracting(Actor::name).containsExactly("Bill Moreno");
    }

    @Test
    void membersCountedOrByNationalityAreNoPerson() {
        ArticleCast cast = cast("Croatian MPs voted on Wednesday.\nSeventy-eight MPs backed the bill.\nOn Saturday, thousands marched.");
        assertThat(cast.actors()).noneMatch(a -> a.kind() == EntityKind.PERSON);
    }

    @Test
    void aLegislatureNamedByItsNounAloneIsTheOneNamedBefore() {
        ArticleCast cast = cast("Croatia's parliament met on Tuesday.\nThe law was passed by parliament on Wednesday.\n"
                + "Parliament approved it by 78 votes to 61.");
        Actor parliament = cast.actors().stream().filter(a -> a.aliases().contains("Croatia's parliament")).findFirst().orElseThrow();
        assertThat(parliament.aliases()).contains("parliament");
        assertThat(cast.actors()).filteredOn(a -> a.kind() == EntityKind.ORGANIZATION).containsExactly(parliament);
    }

    @Test
    void anArticleOpensADescriptionNotAName() {
        ArticleCast cast = cast("A Romanian court on Tuesday sentenced the former council chief.\nSaid one lawyer: \"A verdict is due.\"");
        assertThat(cast.actors()).noneMatch(a -> a.kind() == EntityKind.PERSON);
    }

    @Test
    void theKindOfBodyAnAppositionNamesIsThatBodyLater() {
        ArticleCast cast = cast("The port goes to Meridian Ports Holding, a consortium led by a Dutch operator.\n"
                + "The consortium has agreed to keep all jobs.");
        assertThat(named(cast, "Meridian Ports Holding").aliases()).contains("a consortium", "The consortium");
    }

    @Test
    void aPortfolioOfSeveralWordsBeforeTheRankIsTitleNotName() {
        ArticleCast cast = cast("Maritime Affairs Minister Goran Vidic told the chamber the deal was sound.");
        Actor minister = named(cast, "Goran Vidic");
        assertThat(minister).isNotNull();
        assertThat(minister.aliases()).contains("Maritime Affairs Minister Goran Vidic");
    }

    @Test
    void lawmakersOpeningASentenceAreTheirLegislatureActing() {
        ArticleCast cast = cast("Croatia's parliament met on Tuesday.\nLawmakers passed the concession act by 78 votes to 61.");
        Actor parliament = cast.actors().stream().filter(a -> a.aliases().contains("Croatia's parliament")).findFirst().orElseThrow();
        assertThat(cast.within(new Span(37, 46), a -> true)).isEqualTo(parliament);
    }
}
