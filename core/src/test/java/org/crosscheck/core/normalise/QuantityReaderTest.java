package org.crosscheck.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.core.normalise.Quantity.Qualifier;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader();

    private List<Quantity> figures(String text) {
        return reader.find(text, new Span(0, text.length()));
    }

    private Quantity only(String text) {
        List<Quantity> found = figures(text);
        assertThat(found).as("figures in %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void moreThanFiftyThousandAgreesWithFiftyThousand() {
        Quantity moreThan = only("the floods that killed more than 50,000 people across the valley");
        Quantity plain = only("the floods that killed 50,000 people");
        assertThat(moreThan.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(moreThan.lower()).isEqualTo(50_000);
        assertThat(moreThan.measure()).isEqualTo("people");
        assertThat(moreThan.agrees(plain)).isTrue();
        assertThat(QuantityAgreement.ROUNDED_FIGURES.agree(moreThan, plain)).isTrue();
    }

    @Test
    void takenLiterallyMoreThanFiftyThousandExcludesFiftyThousand() {
        assertThat(QuantityAgreement.LITERAL.agree(only("more than 50,000 people"), only("50,000 people"))).isFalse();
        assertThat(QuantityAgreement.LITERAL.agree(only("more than 50,000 people"), only("60,000 people"))).isTrue();
    }

    @Test
    void aMarginIsTheGapBetweenTwoCountsNotACountOfVotes() {
        assertThat(only("won by a margin of 112 votes").countedKind()).isEqualTo(Quantity.MARGIN);
        assertThat(only("finished 121 votes ahead of her rival").countedKind()).isEqualTo(Quantity.MARGIN);
        assertThat(only("she was ahead by 40 votes").countsLike(only("she received 13,111 votes"))).isFalse();
    }

    @Test
    void aCityOfNinetyThousandIsItsPopulationNotACountOfPeople() {
        Quantity size = only("Velmar, a city of about 90,000 people on the plain");
        assertThat(size.countedKind()).isEqualTo(Quantity.POPULATION);
        assertThat(size.countsLike(only("two people died"))).isFalse();
    }

    @Test
    void fiftyThousandDeathsDoNotAgreeWithThirtyThousand() {
        assertThat(only("50,000 deaths").agrees(only("30,000 deaths"))).isFalse();
    }

    @Test
    void figuresOfDifferentThingsNeverAgree() {
        assertThat(only("50,000 troops").agrees(only("50,000 refugees"))).isFalse();
        assertThat(only("50,000 people").agrees(only("50,000 persons"))).isTrue();
    }

    @Test
    void approximateFiguresAllowASubEditorsMargin() {
        Quantity about = only("about 1,200 fighters");
        assertThat(about.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(about.agrees(only("1,150 fighters"))).isTrue();
        assertThat(about.agrees(only("2,000 fighters"))).isFalse();
        Quantity nearly = only("nearly 3 million refugees");
        assertThat(nearly.upper()).isEqualTo(3_000_000);
        assertThat(nearly.agrees(only("3.2 million refugees"))).isFalse();
        assertThat(only("at least 10 civilians").lower()).isEqualTo(10);
    }

    @Test
    void wordsFractionsAndPercentagesAreFigures() {
        assertThat(only("two thirds of voters").stated()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        Quantity percent = only("exports rose by 5.5 percent");
        assertThat(percent.stated()).isEqualTo(5.5);
        assertThat(percent.measure()).isEqualTo("percent");
        assertThat(only("after eight years of drought").stated()).isEqualTo(8);
        assertThat(only("twenty-five soldiers").stated()).isEqualTo(25);
    }

    @Test
    void aPassiveVerbAfterTheCountedNounSaysWhatBecameOfIt() {
        Quantity stranded = only("About 2,000 passengers were stranded at the junction");
        assertThat(stranded.state()).isEqualTo("stranded");
        assertThat(stranded.saysWhatItCounts()).isTrue();
        assertThat(only("Seven miners were still trapped").state()).isEqualTo("missing");
        assertThat(only("About 2,000 passengers were at the junction").state()).isEmpty();
        assertThat(only("About 2,000 passengers were angry").saysWhatItCounts()).isFalse();
    }

    @Test
    void aFigureCountsWhatTheNumberOfBeforeItNames() {
        String text = "The number of confirmed cases rose to 34 on Saturday, from 29 on Friday evening.";
        List<Quantity> found = new QuantityReader().find(text, new Span(0, text.length()));
        assertThat(found).extracting(Quantity::measure).containsExactly("confirmed cases", "confirmed cases");
        assertThat(found.get(0).qualifier()).isEqualTo(Quantity.Qualifier.RISEN_TO);
        assertThat(found.get(0).span().of(text)).isEqualTo("The number of confirmed cases rose to 34");
        assertThat(found.get(1).qualifier()).as("the earlier reading").isEqualTo(Quantity.Qualifier.EXACT);
        assertThat(found.get(1).span().of(text)).isEqualTo("from 29");
        assertThat(only("The number of patients in intensive care rose from eight on Saturday").measure()).isEqualTo("patients");
    }

    @Test
    void aShareSaysWhatItIsAShareOf() {
        String turnout = "Turnout in the run-off was 54.8 per cent, the highest since 2003.";
        Quantity share = only(turnout);
        assertThat(share.measure()).isEqualTo("percent turnout");
        assertThat(share.isShare()).isTrue();
        assertThat(share.span().of(turnout)).isEqualTo("Turnout in the run-off was 54.8 per cent");
        assertThat(only("on a turnout of 58.4 per cent").measure()).isEqualTo("percent turnout");
        assertThat(only("unemployment stood at 6 per cent").measure()).isEqualTo("percent unemployment");
        assertThat(only("growth of 5.5 percent").measure()).isEqualTo("percent growth");
        assertThat(only("backed action on a 71% turnout").measure()).isEqualTo("percent turnout");
        assertThat(only("offered a 3.5% pay rise").measure()).isEqualTo("percent rise");
        assertThat(only("the last offer before the strike was 3.5%").measure()).as("the phrase's subject, not its last noun")
                .isEqualTo("percent offer");
        // a name before the verb is who, not what the share is of; "the figure was" says nothing of what
        assertThat(only("He said Pichlmaier was 50.1 per cent ahead in the count").isShare()).isFalse();
        assertThat(only("The figure was 12 per cent").isShare()).isFalse();
    }

    @Test
    void aRateSaysWhatItIsLeviedOn() {
        String both = "China will impose an additional 15% tariff on bottled wine from Chile and a 10% tariff on copper wire.";
        List<Quantity> rates = new QuantityReader().find(both, new Span(0, both.length()));
        assertThat(rates).extracting(Quantity::measure).containsExactly("percent tariff on wine", "percent tariff on wire");
        assertThat(rates.get(0).span().of(both)).isEqualTo("15% tariff on bottled wine");
        assertThat(only("provisional duties of 25.4% on hot-rolled coil").measure()).isEqualTo("percent duties on coil");
        assertThat(only("a 25% tariff on their bottled wine").measureKey()).isEqualTo("wine");
        // a day, a name or a time after "on" is when or where, not what is taxed
        assertThat(only("approved a 3.5% pay rise on Monday").measure()).isEqualTo("percent rise");
        assertThat(only("a 2% rise on last year").measure()).isEqualTo("percent rise");
    }

    @Test
    void dozensAndThousandsAreRangesNotPoints() {
        Quantity dozens = only("dozens of protesters were arrested");
        assertThat(dozens.qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(dozens.measure()).isEqualTo("protesters");
        Quantity thousands = only("hired thousands of seasonal workers for the harvest");
        assertThat(thousands.measure()).isEqualTo("seasonal workers");
        assertThat(thousands.agrees(only("5,000 seasonal workers"))).isTrue();
        assertThat(only("tens of thousands of people").lower()).isEqualTo(20_000);
    }

    @Test
    void yearsAndDaysOfTheMonthAreDatesNotFigures() {
        assertThat(figures("in 2014 and on May 3 and on 5 May and 2021-05-05")).isEmpty();
    }

    @Test
    void theSpanCoversQualifierFigureAndMeasure() {
        String text = "killed more than 50,000 people in the valley";
        assertThat(only(text).span().of(text)).isEqualTo("more than 50,000 people");
    }

    @Test
    void hostileInputIsReadInOnePass() {
        String hostile = "more than ".repeat(5_000) + "\"".repeat(10_000) + "1,".repeat(10_000);
        assertThat(figures(hostile)).isNotEmpty();
    }

    @Test
    void aTollNamedBeforeItsFigureCountsTheDeadAndSaysWhenItRose() {
        Quantity risen = only("The death toll from the explosion at the mine has risen to 12");
        assertThat(risen.stated()).isEqualTo(12);
        assertThat(risen.qualifier()).isEqualTo(Qualifier.RISEN_TO);
        assertThat(risen.state()).isEqualTo("dead");
        Quantity brought = figures("bodies of the last five miners missing, bringing the number of dead to twelve").get(1);
        assertThat(brought.qualifier()).isEqualTo(Qualifier.RISEN_TO);
        assertThat(brought.state()).isEqualTo("dead");
        assertThat(only("the toll stood at 40").qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void aPartOfAGroupCountsWhatTheGroupIs() {
        assertThat(only("killed seven of their colleagues").measureKey()).isEqualTo("colleague");
    }

    @Test
    void whatBecameOfTheCountedIsPartOfWhatIsCounted() {
        Quantity missing = only("five miners still missing");
        Quantity killed = only("Seven miners killed");
        assertThat(missing.countedKind()).isEqualTo("person");
        assertThat(missing.state()).isEqualTo("missing");
        assertThat(killed.state()).isEqualTo("dead");
        assertThat(missing.countsLike(killed)).isFalse();
        assertThat(only("seven men died").countsLike(killed)).isTrue();
        assertThat(only("12 armed groups").measureKey()).isEqualTo("group");
    }

    @Test
    void engineersAndOfficialsArrestedArePeopleCountedAlike() {
        assertThat(only("detectives arrested two KAWASCO engineers").countsLike(only("three KAWASCO officials were arrested"))).isTrue();
        assertThat(only("police held four suspects").countedKind()).isEqualTo("person");
    }

    @Test
    void whatWasAddedToACountIsNotTheCount() {
        assertThat(only("rescuers recovered seven more bodies").countsLike(only("31 bodies had been recovered"))).isFalse();
        assertThat(only("12 new cases were confirmed").countsLike(only("40 cases in all"))).isFalse();
        assertThat(only("seven more bodies").countsLike(only("three more bodies"))).isTrue();
    }

    @Test
    void aSpanOfTimeNeverCountsTheDeadNorTheDisplaced() {
        assertThat(only("Six days after the dam gave way").countsLike(only("At least 23 dead"))).isFalse();
        assertThat(only("nearly five hours before the breach").countsLike(only("6,240 had been displaced"))).isFalse();
        assertThat(only("within 72 hours").countsLike(only("within 48 hours"))).isTrue();
    }

    @Test
    void aFigureHyphenedToItsUnitCountsTheUnitAndDecadesAreYears() {
        Quantity term = only("a 40-year concession");
        assertThat(term.stated()).isEqualTo(40);
        assertThat(term.measureKey()).isEqualTo("year");
        assertThat(only("a forty-year concession").stated()).isEqualTo(40);
        Quantity decades = only("for four decades");
        assertThat(decades.stated()).isEqualTo(40);
        assertThat(decades.agrees(term)).isTrue();
        assertThat(only("a 30-year concession").agrees(term)).isFalse();
    }

    @Test
    void anAmountInTonnesOrHectaresSaysWhatItIsOf() {
        assertThat(only("imported about 1.1 million tonnes of Chinese steel in 2024").measureKey()).isEqualTo("tonne steel");
        assertThat(only("shipped around 850,000 tonnes of steel to Chile").measureKey()).isEqualTo("tonne steel");
        assertThat(only("had collected 27 tonnes of dead fish").measureKey()).isEqualTo("tonne fish");
        // a tonnage of fish is no count of fish, and a tonnage of steel no tonnage of copper
        assertThat(only("27 tonnes of dead fish").countsLike(only("20,000 fish died"))).isFalse();
        assertThat(only("1.1 million tonnes of steel").countsLike(only("850,000 tonnes of copper"))).isFalse();
        assertThat(only("1.1 million tonnes of steel").inUnits()).isTrue();
        // without a noun after "of" the amount stays a bare unit
        assertThat(only("3,200 hectares of the reserve").measureKey()).isEqualTo("hectare");
        assertThat(only("3,200 hectares burned").measureKey()).isEqualTo("hectare");
    }

    @Test
    void aSumSaysWhatItIsWhenTheWordsBesideItSay() {
        assertThat(only("took 640,000 euros in bribes").measure()).isEqualTo("euros bribes");
        assertThat(only("took 640,000 euros in bribes").isSumOf()).isTrue();
        String totalling = "received bribes totalling €460,000";
        Quantity named = only(totalling);
        assertThat(named.measure()).isEqualTo("euros bribes");
        assertThat(named.span().of(totalling)).isEqualTo("bribes totalling €460,000");
        assertThat(only("a fine of €30,000").measureKey()).isEqualTo("fine");
        assertThat(only("€10m in emergency aid").measureKey()).isEqualTo("aid");
        // a year, a place or a time after "in" says when or where, not what
        assertThat(only("€5m in 2019").isSumOf()).isFalse();
        assertThat(only("€5m in Lisbon").isSumOf()).isFalse();
        assertThat(only("€5m in total").isSumOf()).isFalse();
    }

    @Test
    void aTallyAfterByCountsVotes() {
        assertThat(figures("passed the law by 78 to 61").get(0).measureKey()).isEqualTo("vote");
    }

    @Test
    void aTallyAfterVotedCountsTheVotesForWrittenWithWordsOrAHyphen() {
        assertThat(figures("the assembly voted 142 to nine to send troops").get(0)).satisfies(q -> {
            assertThat(q.measureKey()).isEqualTo("vote");
            assertThat(q.lower()).isEqualTo(142);
        });
        assertThat(figures("the assembly votes 142-9 to send troops").get(0)).satisfies(q -> {
            assertThat(q.measureKey()).isEqualTo("vote");
            assertThat(q.lower()).isEqualTo(142);
        });
    }

    @Test
    void aCurrencySignSaysWhatIsCountedAndALetterAfterTheFigureItsScale() {
        Quantity bribes = only("took €640,000 in bribes");
        assertThat(bribes.stated()).isEqualTo(640_000);
        assertThat(only("paid €640,000").measureKey()).isEqualTo("euro");
        Quantity rounded = only("nearly €3 million");
        assertThat(rounded.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(rounded.agrees(only("lost €2.9m"))).isTrue();
        assertThat(only("$3bn").stated()).isEqualTo(3e9);
        assertThat(only("€460,000").agrees(bribes)).isFalse();
    }

    @Test
    void aCurrencysCodeBeforeTheFigureCountsLikeItsSign() {
        assertThat(only("add about EUR 38 million").measureKey()).isEqualTo("euro");
        assertThat(only("add about EUR 38 million").agrees(only("about 38 million euros"))).isTrue();
        assertThat(only("USD 2.5bn").stated()).isEqualTo(2.5e9);
    }

    @Test
    void aCurrencyWrittenAsLettersGluedToTheFigureCountsLikeItsSign() {
        Quantity fund = only("announced a Sh1.2 billion relief fund");
        assertThat(fund.stated()).isEqualTo(1.2e9);
        assertThat(fund.measureKey()).isEqualTo("shilling");
        assertThat(fund.agrees(only("1.2 billion shillings"))).isTrue();
        assertThat(fund.agrees(only("pledged Sh2.1 billion"))).isFalse();
        assertThat(only("fined Rs500").stated()).isEqualTo(500);
        // a name with a number in it is no sum
        assertThat(figures("the Shx1 prototype flew")).allSatisfy(q -> assertThat(q.measureKey()).isNotEqualTo("shilling"));
    }

    @Test
    void aTimeOfDayIsNoFigure() {
        assertThat(figures("The blast happened at about 9:40 p.m. on Monday")).isEmpty();
        assertThat(figures("The strike starts at 6 a.m. on Friday")).isEmpty();
        assertThat(only("about 300 miners were underground at 9:40").stated()).isEqualTo(300);
    }

    @Test
    void anAgeIsAnAgeAndComparesWithAgesOnly() {
        Quantity age = only("a 46-year-old man");
        assertThat(age.isAge()).isTrue();
        assertThat(age.stated()).isEqualTo(46);
        assertThat(only("a forty-six-year-old man").agrees(age)).isTrue();
        assertThat(only("A 64-year-old local man").agrees(age)).isFalse();
        assertThat(only("the toll has risen to 46").countsLike(age)).isFalse();
        assertThat(only("a 1,000-year-old church").stated()).isEqualTo(1000);
        assertThat(figures("a 2.5-year-old")).noneMatch(Quantity::isAge);
    }

    @Test
    void theSameDigitsInAnotherOrderAndOfTheSameSizeAreATransposition() {
        assertThat(only("347 postal ballots").transposes(only("374 postal ballots"))).isTrue();
        assertThat(only("a fine of 48,000 euros").transposes(only("a fine of 84,000 euros"))).isTrue();
        assertThat(only("about 3.5 million cubic metres").transposes(only("about 5.3 million cubic metres"))).isTrue();
        assertThat(only("about 3.5 million cubic metres").transposes(only("more than 5.3 million cubic metres"))).isFalse();
        assertThat(only("3,200 hectares").transposes(only("2,300 hectares"))).isTrue();
        assertThat(only("a duty of 24.5%").transposes(only("a duty of 25.4%"))).isTrue();
        // another size, other digits, the same figure, or a figure that is a range: no transposition
        assertThat(only("1,200 hectares").transposes(only("210 hectares"))).isFalse();
        assertThat(only("42 polling stations").transposes(only("44 polling stations"))).isFalse();
        assertThat(only("347 postal ballots").transposes(only("347 postal ballots"))).isFalse();
        assertThat(only("about 120 people").transposes(only("210 people"))).isFalse();
    }
}
