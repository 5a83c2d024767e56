package org.crosscheck.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.core.report.Report;
import org.crosscheck.core.report.ReportAttribution;
import org.crosscheck.core.report.ReportEntity;
import org.junit.jupiter.api.Test;

/** Newsroom rules for who is who, on short articles written for these tests. */
class AnalyzerTest {

    private final Analyzer analyzer = new Analyzer();

    private Report analyze(String... texts) {
        List<ArticleInput> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(ArticleInput.read("story" + i + ".txt", texts[i]));
        }
        return analyzer.analyze(articles);
    }

    private static ReportEntity speakerOf(Report report, String content) {
        ReportAttribution a = report.attributions().stream().filter(x -> x.content().text().contains(content)).findFirst().orElseThrow();
        return report.entities().stream().filter(e -> e.id().equals(a.speaker())).findFirst().orElseThrow();
    }

    @Test
    void aSpokesmanNotNamedIsNotTheSpokeswomanNamedBefore() {
        Report report = analyze("Count disputed\n\nCommission spokeswoman Clara Bexley said the postal ballots had reached the district office on time.\n\n"
                + "Stroud did not appear in public on Wednesday. A spokesman said he would make a statement soon.");
        ReportEntity bexley = speakerOf(report, "reached the district office");
        assertThat(bexley.name()).isEqualTo("Clara Bexley");
        assertThat(report.attributions()).filteredOn(a -> a.content().text().contains("make a statement")).singleElement()
                .satisfies(a -> assertThat(a.speaker()).isNotEqualTo(bexley.id()));
    }

    @Test
    void twoHousesOfRepresentativesOfDifferentCountriesNeverMerge() {
        Report report = analyze(
                "Budget passes in Abuja\n\nNigeria's House of Representatives passed the budget on Monday, the clerk said.",
                "Canberra vote delayed\n\nThe Australian House of Representatives rejected the mining bill on Tuesday.");
        List<ReportEntity> houses = report.entities().stream().filter(e -> "parliament".equals(kindOfInstitution(e))).toList();
        assertThat(houses).extracting(ReportEntity::country).containsExactlyInAnyOrder("Nigeria", "Australia");
    }

    private static String kindOfInstitution(ReportEntity e) {
        return e.name().startsWith("Parliament") ? "parliament" : null;
    }

    @Test
    void aPlanThatCallsForSomethingSpeaksForTheMediatorWhoUnveiledIt() {
        Report report = analyze("Mediator offers a truce\n\nFriday, 15 May 2026\n\nTebogo Sebina, appointed by the Southern African "
                + "Development Community, unveiled a five-point plan after talks in Lilongwe. It calls on both sides to hold their fire "
                + "and withdraw armed vessels from Lake Malawi.");
        assertThat(speakerOf(report, "both sides to hold their fire").name()).isEqualTo("Tebogo Sebina");
        assertThat(report.entities()).filteredOn(e -> e.name().equals("Lake Malawi")).singleElement()
                .satisfies(lake -> assertThat(lake.kind()).as("a lake is a place").isEqualTo("place"));
    }

    @Test
    void aTimelinesEntryIsDatedByTheDateItOpensWith() {
        Report report = analyze("A week on the lake\n\nWednesday, 20 May 2026\n\n12 May. Two boats exchanged fire near the sandbank.\n\n"
                + "19 May. The army released the detainees at the bridge.\n\nThe ministers met in Gaborone.");
        assertThat(dateOf(report, "released the detainees")).isEqualTo("2026-05-19");
        assertThat(dateOf(report, "ministers met in Gaborone")).as("a paragraph of its own has no entry's date").isNull();
    }

    private static String dateOf(Report report, String words) {
        return report.claims().stream().filter(c -> c.mentions().stream().anyMatch(m -> m.text().contains(words))).findFirst()
                .orElseThrow().normalised().date();
    }

    @Test
    void theGovernmentInACapitalIsThatCountrySpeaking() {
        Report report = analyze("Families of the dead\n\nTuesday, 19 May 2026\n\nFishermen in Kasewe buried their dead on Monday. "
                + "The government in Lilongwe has promised 5 million kwacha to each bereaved family, a sum that buys a boat and an engine.");
        assertThat(speakerOf(report, "kwacha to each bereaved family").name()).isEqualTo("Malawi");
    }

    @Test
    void aCommunityAndACooperationAreBodiesNotPeople() {
        Report report = analyze("Talks\n\nTuesday, 19 May 2026\n\nThe Southern African Development Community sent a mediator, the "
                + "Minister for Foreign Affairs and East African Cooperation, Zuhura Mwakyusa, said.");
        assertThat(report.entities()).filteredOn(e -> e.name().contains("Community") || e.name().contains("Cooperation"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo("organization"));
    }

    @Test
    void anOfferMadeBeforeTheStrikeIsNotTheStrike() {
        Report report = analyze(
                "Velmora rail workers vote to strike\n\nLISBON, May 8 - Velmora's rail workers have voted to strike from Monday "
                        + "after rejecting a pay offer from the state-owned operator Trenvia.",
                "Trenvia settles with rail union\n\nLISBON, May 17 - The state-owned operator Trenvia and the rail union reached a deal on "
                        + "Saturday. Trenvia's last offer before the strike was 3.5% and EUR 600.");
        assertThat(report.claims()).filteredOn(c -> c.mentions().stream().anyMatch(m -> m.text().contains("last offer")))
                .allSatisfy(c -> assertThat(c.mentions()).noneMatch(m -> m.text().contains("voted to strike")));
    }

    @Test
    void aBareSurnameAndAOneLetterMisspellingJoinTheFullName() {
        Report report = analyze("Kenyan Finance Minister Wanjiru Odhiambo said on Monday that the loan was affordable. "
                + "Odiambo, meanwhile, said the first payment was due in March.");
        ReportEntity minister = speakerOf(report, "the loan was affordable");
        assertThat(minister.aliases()).contains("Wanjiru Odhiambo", "Odiambo", "Kenyan Finance Minister");
        assertThat(speakerOf(report, "first payment").id()).isEqualTo(minister.id());
    }

    @Test
    void aLongSurnameMisspeltByTwoLettersInAnotherOutletIsTheSamePersonButSchneiderIsNotSchreiber() {
        Report report = analyze("Stefan Pichlmayr won the run-off, officials said.", "Stefan Pichlmaier was certified as the winner.",
                "Johann Schneider said the count was fair.", "Johann Schreiber said the count was not fair.");
        assertThat(report.entities()).filteredOn(e -> e.aliases().contains("Stefan Pichlmayr")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Stefan Pichlmaier"));
        assertThat(speakerOf(report, "was fair").id()).isNotEqualTo(speakerOf(report, "was not fair").id());
        assertThat(report.conflicts()).anySatisfy(c -> assertThat(c.kind()).isEqualTo("name"));
    }

    @Test
    void similarSurnamesWithDifferentGivenNamesStayTwoPeople() {
        Report report = analyze("Senator Maria Lopes said the bill was dead.", "Governor Mario Lopez said the bill would pass.");
        assertThat(speakerOf(report, "was dead").id()).isNotEqualTo(speakerOf(report, "would pass").id());
    }

    @Test
    void oneGivenNameTransliteratedTwoWaysIsOnePersonButMariaIsNotMario() {
        Report report = analyze("Yiannis Koulouris said crews were overworked.", "Giannis Koulouris said the manifest was wrong.",
                "Maria Rossi said the count was fair.", "Mario Rossi said the count was not fair.");
        assertThat(speakerOf(report, "were overworked").id()).isEqualTo(speakerOf(report, "manifest was wrong").id());
        assertThat(report.conflicts()).anySatisfy(c -> assertThat(c.kind()).isEqualTo("name"));
        assertThat(speakerOf(report, "was fair").id()).isNotEqualTo(speakerOf(report, "was not fair").id());
    }

    @Test
    void theMinistryIsTheMinistryNamedLast() {
        Report report = analyze("Two guards were hurt, according to Chile's interior ministry. "
                + "In a statement, the ministry said both guards were recovering.");
        assertThat(speakerOf(report, "both guards were recovering").id()).isEqualTo(speakerOf(report, "Two guards were hurt").id());
    }

    @Test
    void figuresAndMapsSpeakForTheBodyThatIssuedThem() {
        Report report = analyze("Forty homes burned, according to the final figures of the regional fire brigade. "
                + "The fire scorched 900 hectares, according to a map released on Friday by the satellite mapping service. "
                + "Two roads are closed, according to the brigade's latest bulletin.");
        assertThat(speakerOf(report, "Forty homes burned").aliases()).contains("the regional fire brigade").noneMatch(a -> a.contains("figures"));
        assertThat(speakerOf(report, "900 hectares").aliases()).contains("the satellite mapping service");
        assertThat(speakerOf(report, "Two roads").aliases()).noneMatch(a -> a.contains("bulletin"));
        Report late = analyze("The lead fell to 38 votes, according to figures released by the regional electoral commission late on Friday.");
        assertThat(speakerOf(late, "The lead fell").aliases()).contains("the regional electoral commission");
    }

    @Test
    void aNameThatAKindOfBodyStandsBesideIsThatBodyNotAPerson() {
        Report report = analyze("Clear Dawn, a campaign group set up in 2020, said the dam would flood six farms. "
                + "About 300 people marched, according to Clear Dawn, the campaign group that organised the protest.");
        ReportEntity group = speakerOf(report, "flood six farms");
        assertThat(group.kind()).isEqualTo("organization");
        assertThat(speakerOf(report, "About 300 people marched").id()).isEqualTo(group.id());
    }

    @Test
    void aPersonWhoLeadsABodyStaysAPerson() {
        Report report = analyze("Ana Vidal, the federation's leader, said the mine was unsafe. "
                + "Marek Novak, a union official, said the shift had been cut.");
        assertThat(speakerOf(report, "the mine was unsafe").kind()).isEqualTo("person");
        assertThat(speakerOf(report, "the shift had been cut").kind()).isEqualTo("person");
    }

    @Test
    void theRegionThatFinesIsTheBodyThatRunsTheRegionNotThePlace() {
        Report report = analyze("The Region of Velmaria said the plant would be fined. "
                + "Farms across Velmaria were told to test their wells, the mayor of Ostra said.");
        ReportEntity body = speakerOf(report, "the plant would be fined");
        assertThat(body.kind()).isEqualTo("organization");
        assertThat(report.entities()).filteredOn(e -> e.aliases().contains("Velmaria")).noneMatch(e -> e.id().equals(body.id()));
    }

    @Test
    void aTitleWithItsHolderInAppositionSpeaksAsThatPerson() {
        Report report = analyze("Peru's fisheries minister, Rosa Quispe, visited the port but said the catch had fallen.");
        ReportEntity speaker = speakerOf(report, "the catch had fallen");
        assertThat(speaker.name()).isEqualTo("Rosa Quispe");
        assertThat(speaker.aliases()).contains("Peru's fisheries minister");
    }

    @Test
    void whoeverADescriptionNamesInAppositionSpeaksAsThatPerson() {
        Report report = analyze("Exporters fear a trade war. \"A market can be lost in a season,\" said the association's general manager, Lidia Marten.");
        assertThat(speakerOf(report, "A market can be lost").name()).isEqualTo("Lidia Marten");
    }

    @Test
    void aNameWithItsAgeAndAWhoClauseSpeaksAsThatPersonNotAsTheAge() {
        Report report = analyze("Stelios Mavros, 58, who was arrested yesterday, told investigators that two waves struck the ship.");
        assertThat(speakerOf(report, "two waves struck the ship").name()).isEqualTo("Stelios Mavros");
    }

    @Test
    void aPersonOfAMinistrySpeaksAsThePersonNotTheMinistry() {
        Report report = analyze("Slovakia fined the plant. State Secretary Zuzana Mikulova of the Environment Ministry said the fine would be paid.");
        assertThat(speakerOf(report, "the fine would be paid").name()).isEqualTo("Zuzana Mikulova");
    }

    @Test
    void manyWhoSpeakAreOfTheGroupNamedBeforeNotAPersonCalledMany() {
        Report report = analyze("Residents of Kanjiza said the levee had been leaking for weeks. Many said they were never warned.");
        assertThat(speakerOf(report, "they were never warned").name()).isEqualTo("Residents of Kanjiza");
    }

    @Test
    void analystsInACapitalAreAGroupNotTheCapital() {
        Report report = analyze("Trade analysts in Santiago said Beijing could answer with measures against farm goods.");
        ReportEntity speaker = speakerOf(report, "Beijing could answer");
        assertThat(speaker.kind()).isEqualTo("group");
        assertThat(speaker.name()).isEqualTo("Trade analysts in Santiago");
    }

    @Test
    void aCapitalSpeakingStandsForItsGovernment() {
        Report report = analyze("Canberra said on Friday that the deal was fair to both sides.");
        ReportEntity speaker = speakerOf(report, "the deal was fair");
        assertThat(speaker.kind()).isEqualTo("country");
        assertThat(speaker.name()).isEqualTo("Australia");
    }

    @Test
    void thePresidencySpeaksForItselfNotForThePresident() {
        Report report = analyze("Brazilian President Ana Costa met farmers on Monday. "
                + "The talks were useful, the Brazilian presidency said.");
        ReportEntity speaker = speakerOf(report, "The talks were useful");
        assertThat(speaker.kind()).isEqualTo("organization");
        assertThat(speaker.aliases()).doesNotContain("Ana Costa");
    }

    @Test
    void theMinisterOfACountryIsThatCountrysMinisterInTheArticle() {
        Report report = analyze("Peruvian Foreign Minister Luis Quispe met his Chilean counterpart, Elena Rojas, in Lima. "
                + "\"We agreed on the border,\" the Chilean minister said.");
        assertThat(speakerOf(report, "We agreed on the border").name()).isEqualTo("Elena Rojas");
    }

    @Test
    void heFollowsTheNewSubjectOfTheStoryNotTheLastSpeaker() {
        Report report = analyze("Trade Minister Ida Berg said the tariff would stay. "
                + "Economy Minister Jonas Falk defended the plan. He said it would cut prices.");
        assertThat(speakerOf(report, "cut prices").name()).isEqualTo("Jonas Falk");
    }

    @Test
    void sheIsTheWomanOfTheStoryNotTheManWhoSpokeLast() {
        Report report = analyze("Ms Amara Diallo, the mayor, opened the bridge on Monday. "
                + "Governor Paul Mensah said his state could not afford it. \"It will pay for itself,\" she said.");
        assertThat(speakerOf(report, "pay for itself").name()).isEqualTo("Amara Diallo");
    }

    @Test
    void aCountryWhoseNameHasAnAndSpeaksAsOne() {
        Report report = analyze("Trinidad and Tobago said the oil deal was final.");
        assertThat(speakerOf(report, "oil deal").name()).isEqualTo("Trinidad and Tobago");
    }

    @Test
    void aCurlyApostropheStatementIsItsIssuers() {
        Report report = analyze("The Ghanaian presidency’s statement said the port would reopen.");
        assertThat(speakerOf(report, "port would reopen").aliases()).anyMatch(a -> a.contains("presidency"));
    }

    @Test
    void offsetsAreJavaStringIndicesIntoTheArticle() {
        String text = "Çavuşoğlu said the meeting went well.";
        Report report = analyze(text);
        ReportAttribution a = report.attributions().get(0);
        assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
    }

    @Test
    void aPersonOfAPartyWhoActsIsTheActorNotTheParty() {
        Report report = analyze("Stefan Gruberhof of the People's Union finished the run-off 121 votes ahead of Eva Lindnerova.");
        String person = report.entities().stream().filter(e -> e.name().equals("Stefan Gruberhof")).findFirst().orElseThrow().id();
        assertThat(report.claims()).anySatisfy(c -> {
            assertThat(c.normalised().number()).isEqualTo("121");
            assertThat(c.normalised().actor()).isEqualTo(person);
        });
    }

    @Test
    void aSurnameWrittenApartIsTheSamePersonAndAHospitalIsNoOne() {
        Report report = analyze("Dirk Vandenbroeck, the network's chief executive, said on Monday that the systems were down.",
                "Dirk Van den Broeck said patients had been moved to Heilig Hart Hospital in Damhoek.");
        assertThat(report.entities()).filteredOn(e -> e.name().contains("Broeck") || e.name().contains("broeck")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Dirk Vandenbroeck", "Dirk Van den Broeck"));
        assertThat(report.entities()).filteredOn(e -> e.name().equals("Heilig Hart Hospital")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo("organization"));
    }

    @Test
    void itIsNoBodyNamedBeforeTheSentenceBefore() {
        Report report = analyze("Fire near Silves\n\nFriday, 15 August 2025\n\nThe Harbour Broadcasting Company sent a crew to Silves on "
                + "Monday.\n\nAccording to the final figures of the civil-protection authority, the fire burned 4,300 hectares. It destroyed 37 homes.");
        assertThat(report.claims()).filteredOn(c -> c.mentions().get(0).text().contains("37 homes")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.normalised().actor()).isNull());
    }
}
