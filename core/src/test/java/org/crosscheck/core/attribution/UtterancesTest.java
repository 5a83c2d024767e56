package org.crosscheck.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** Who-said-what constructions, on sentences written for these tests. */
class UtterancesTest {

    private final Utterances utterances = new Utterances(KnowledgeBase.standard());

    /** Sentences split simply at ". " for these tests only. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = i + 1 == text.length() || text.charAt(i) == '.' && text.charAt(i + 1) == ' '
                    || text.charAt(i) == '\n';
            if (end) {
                int stop = text.charAt(i) == '\n' ? i : i + 1;
                if (stop > start) {
                    out.add(new Sentence(out.size(), new Span(start, stop)));
                }
                start = i + 1;
                while (start < text.length() && text.charAt(start) == ' ') {
                    start++;
                }
            }
        }
        return out;
    }

    private List<String> said(String text) {
        return utterances.find(text, sentences(text)).stream()
                .map(u -> (u.speakerPhrase() == null ? "-" : u.speakerPhrase().of(text)) + " | " + u.stance()
                        + (u.direct() ? " | direct | " : " | reported | ") + u.content().of(text))
                .toList();
    }

    @Test
    void aQuoteClosedBeforeItsCueIsDirectSpeechWithoutTheClosingComma() {
        assertThat(said("“We will rebuild the port,” the mayor said."))
                .containsExactly("the mayor | SAYS | direct | We will rebuild the port");
    }

    @Test
    void aNameWithWhoseOfficerHeIsBetweenCommasIsTheSpeaker() {
        assertThat(said("Peter Lusk, Saltmarsh's returning officer, insisted the ballots had been \"received, logged and sealed\" on time."))
                .containsExactly("Peter Lusk, Saltmarsh's returning officer | CLAIMS | reported | the ballots had been \"received, logged and sealed\" on time");
    }

    @Test
    void whatSomeoneWouldSayUnderAConditionIsNotSaid() {
        assertThat(said("If the recount confirms the result, Kerrigan is due to be sworn in on March 16.")).isEmpty();
        assertThat(said("Unless the minister says otherwise, the talks go on.")).isEmpty();
    }

    @Test
    void whatANounOfSpeechSaysAfterThatIsCreditedToThePossessorButNotWithoutOne() {
        assertThat(said("Critics mocked Prime Minister Ana Horvat's assurance that the deal would secure 1,100 jobs."))
                .containsExactly("Prime Minister Ana Horvat | SAYS | reported | the deal would secure 1,100 jobs");
        assertThat(said("Critics mocked the assurance that the deal would secure 1,100 jobs.")).isEmpty();
        assertThat(said("Ana Horvat's warning was ignored.")).isEmpty();
    }

    @Test
    void asSomeonePutItBeforeAColonAndAQuotationCreditsTheQuotationButPuttingAThingSomewhereSaysNothing() {
        assertThat(said("As Rui Mendes put it when the museum briefed staff last week: \"A museum is only as safe as its quietest night.\""))
                .containsExactly("Rui Mendes | SAYS | direct | A museum is only as safe as its quietest night.");
        assertThat(said("The director put it on the agenda for Monday.")).isEmpty();
    }

    @Test
    void aCueThatAColonFollowsWithAQuotationSaysTheQuotationNotTheWordsBeforeIt() {
        assertThat(said("Hours after the sinking, he had told reporters in Piraeus: \"We will not stop searching.\""))
                .containsExactly("he | SAYS | direct | We will not stop searching.");
    }

    @Test
    void whoActsAndThenDemandsIsTheSubjectNotTheSubjectWithItsAct() {
        assertThat(said("The Foreign Ministry summoned the ambassador on Thursday and demanded \"a full account\" of the spill."))
                .containsExactly("The Foreign Ministry | CALLS_FOR | direct | a full account");
    }

    @Test
    void aSpeakerDescribedByWhoseOrByWhoLedItStillSpeaks() {
        assertThat(said("The dockers' union, whose walkout ended on Sunday, said it was considering a longer strike."))
                .containsExactly("The dockers' union | SAYS | reported | it was considering a longer strike");
        assertThat(said("The defence, led by Ana Mocan, argued that the charge was time-barred."))
                .containsExactly("The defence | SAYS | reported | the charge was time-barred");
    }

    @Test
    void aLongRelativeClauseOrAFigureWithACommaStillLeavesTheSpeakerBeforeIt() {
        assertThat(said("Kostas Andreou, who represents workers at the bottling plant for the food and drink workers' union, said "
                + "two of the patients were employees."))
                .containsExactly("Kostas Andreou | SAYS | reported | two of the patients were employees");
        assertThat(said("The network, which serves around 320,000 people in the valley, said it had no evidence of a leak."))
                .containsExactly("The network | SAYS | reported | it had no evidence of a leak");
    }

    @Test
    void aNameWithWhatHeIsBetweenCommasSpeaksEvenWithoutThe() {
        assertThat(said("Yiannis Kouris, general secretary of the Seafarers' Union, said crews were working 14-hour shifts."))
                .containsExactly("Yiannis Kouris, general secretary of the Seafarers' Union | SAYS | reported | crews were working 14-hour shifts");
    }

    @Test
    void aPronounBeforeItsCueIsTheWholeSpeakerPhrase() {
        assertThat(said("Prosecutors will ask the court to impose the nine years they requested at trial."))
                .allSatisfy(line -> assertThat(line).doesNotStartWith("impose"))
                .anySatisfy(line -> assertThat(line).startsWith("they | "));
    }

    @Test
    void aQuoteSplitAroundItsCueGivesBothHalvesToOneSpeaker() {
        assertThat(said("\"The talks failed,\" she said, \"but we will return.\""))
                .containsExactly("she | SAYS | direct | The talks failed", "she | SAYS | direct | but we will return.");
    }

    @Test
    void reportedSpeechKeepsOnlyTheComplementAfterThat() {
        assertThat(said("The Peruvian minister said on Friday that the border would reopen within a week."))
                .containsExactly("The Peruvian minister | SAYS | reported | the border would reopen within a week");
    }

    @Test
    void accordingToPutsTheSourceAfterTheClaim() {
        assertThat(said("The dam will be finished by June, according to the Ghanaian energy ministry."))
                .containsExactly("the Ghanaian energy ministry | SAYS | reported | The dam will be finished by June");
    }

    @Test
    void aCallOnSomeoneKeepsWhoIsCalledOnInTheContent() {
        assertThat(said("Chile called on Bolivia to return to the talks."))
                .containsExactly("Chile | CALLS_FOR | reported | Bolivia to return to the talks");
    }

    @Test
    void aStatementThatReportsAnotherSpeechActGivesWayToIt() {
        assertThat(said("The governor stressed the need for calm, and praised the police, the statement said."))
                .containsExactly("The governor | CLAIMS | reported | the need for calm",
                        "The governor | PRAISES | reported | the police");
    }

    @Test
    void aNamedSpokesmanReportingWhatHisBodyAskedIsTheSpeaker() {
        assertThat(said("Council spokesman Ion Popa said the council had asked the court to freeze the assets."))
                .containsExactly("Council spokesman Ion Popa | SAYS | reported | the council had asked the court to freeze the assets");
    }

    @Test
    void askingNotToBeNamedIsNotAStatement() {
        assertThat(said("\"The channel is too shallow,\" said a harbour pilot, who asked not to be named because he was not "
                + "allowed to speak to the press.")).containsExactly("a harbour pilot | SAYS | direct | The channel is too shallow");
    }

    @Test
    void whereHowOrAmongWhomAfterTheCueIsNotWhatWasSaid() {
        assertThat(said("“The water came at night,” his wife, Ana Petrova, told the agency by telephone."))
                .containsExactly("his wife, Ana Petrova | SAYS | direct | The water came at night");
        assertThat(said("Eleven people died when the bridge fell, officials said, in the worst accident in years."))
                .containsExactly("officials | SAYS | reported | Eleven people died when the bridge fell");
        assertThat(said("The army detained six men, the ministry said, among them two fishermen."))
                .containsExactly("the ministry | SAYS | reported | The army detained six men");
        assertThat(said("The two towns have argued for decades over the river.")).isEmpty();
        assertThat(said("The plan, unveiled on Friday, calls for a ceasefire.")).isEmpty();
        assertThat(said("The envoy asked for calm.")).containsExactly("The envoy | CALLS_FOR | reported | for calm");
    }

    @Test
    void whoWasAskedOrHowAThingIsKeptIsNotWhoSpoke() {
        assertThat(said("Residents interviewed by the broadcaster said they had no warning."))
                .containsExactly("Residents | SAYS | reported | they had no warning");
        assertThat(said("The reservoirs are poorly maintained and rarely inspected.")).isEmpty();
        assertThat(said("Families have accused officials of ignoring repeated warnings."))
                .containsExactly("Families | CRITICISES | reported | officials of ignoring repeated warnings");
    }

    @Test
    void thatAfterAnInfinitiveIsItsObjectNotAClauseToFollow() {
        assertThat(said("Its chief executive, Pieter Vos, pledged to double that by 2030."))
                .containsExactly("Its chief executive, Pieter Vos | PROMISES | reported | to double that by 2030");
        assertThat(said("The minister said that by June the port would reopen."))
                .containsExactly("The minister | SAYS | reported | by June the port would reopen");
    }

    @Test
    void confirmedCasesAreCasesNotAConfirmation() {
        assertThat(said("The number of confirmed cases rose to 31, according to the regional health authority."))
                .containsExactly("the regional health authority | SAYS | reported | The number of confirmed cases rose to 31");
    }

    @Test
    void anAdverbAfterTheSpeakerIsNotPartOfItsName() {
        assertThat(said("The health authority nevertheless said the outbreak was not under control."))
                .containsExactly("The health authority | SAYS | reported | the outbreak was not under control");
    }

    @Test
    void whatANamedOfficialToldReportersOutsideTheHospitalIsTheClauseBefore() {
        assertThat(said("Doctors recognised the cluster on Monday, the head of the authority, Petros Kouvelis, told reporters outside "
                + "the hospital.")).containsExactly("the head of the authority, Petros Kouvelis | SAYS | reported | Doctors recognised the "
                + "cluster on Monday");
    }

    @Test
    void aPluralPossessiveStaysInsideTheSpeakersName() {
        assertThat(said("Ten homes burned, and the Algarve's hoteliers' association says bookings have halved."))
                .containsExactly("the Algarve's hoteliers' association | SAYS | reported | bookings have halved");
    }

    @Test
    void anEstimateIsItsAuthorsClaimButAnEstimatedCrowdIsNot() {
        assertThat(said("The mayor has estimated the damage at 40 million euros."))
                .containsExactly("The mayor | SAYS | reported | the damage at 40 million euros");
        assertThat(said("An estimated 2,000 people marched.")).isEmpty();
    }

    @Test
    void whoeverCongratulatedAndCalledTheWinSomethingIsTheSpeaker() {
        assertThat(said("Ana Moser, the party's leader, congratulated him on social media and called his win \"a signal to the "
                + "whole country\"."))
                .containsExactly("Ana Moser | SAYS | direct | a signal to the whole country");
    }

    @Test
    void whoeverCalledSomethingAQuotedNameIsTheSpeakerPastAnAsideAboutThem() {
        assertThat(said("Henrique Sobral, who has run the operator on an interim basis since March, called the walkout \"a strike that "
                + "punishes the people who can least afford it\"."))
                .containsExactly("Henrique Sobral | SAYS | direct | a strike that punishes the people who can least afford it");
    }

    @Test
    void aQuotationBeforeSaidOnADayAddingMoreIsStillTheSpeakers() {
        assertThat(said("\"The door is open, but it will not stay open forever,\" Sobral said on Monday, adding that he was ready to meet."))
                .containsExactly("Sobral | SAYS | direct | The door is open, but it will not stay open forever",
                        "Sobral | SAYS | reported | he was ready to meet");
    }

    @Test
    void aSpokeswomanForABodyInATownIsTheSpeakerNotTheTown() {
        assertThat(said("A spokeswoman for the state electoral commission of Upper Austria in Linz said the recount was a city matter."))
                .containsExactly("A spokeswoman for the state electoral commission of Upper Austria in Linz | SAYS | reported | the "
                        + "recount was a city matter");
    }

    @Test
    void anOutletThatReportedSomethingIsItsSourceButInspectionReportsReportNothing() {
        assertThat(said("Her lawyers have asked the court to examine every envelope, Radio Ostra reported."))
                .containsExactly("Radio Ostra | SAYS | reported | Her lawyers have asked the court to examine every envelope");
        assertThat(said("She called on the government to publish the last inspection reports on the levee."))
                .containsExactly("She | CALLS_FOR | reported | the government to publish the last inspection reports on the levee");
    }

    @Test
    void whoeverRefusedAndAccusedAfterButIsTheSpeakerNotTheSourceBefore() {
        assertThat(said("Ana Pichler won the run-off, according to provisional results, but her opponent refused to concede and "
                + "accused officials of fraud.")).contains("her opponent | CRITICISES | reported | officials of fraud");
    }

    @Test
    void aQuotedFragmentStaysInsideTheParaphrase() {
        assertThat(said("He said the vote was \"a turning point\" for the region."))
                .containsExactly("He | SAYS | reported | the vote was \"a turning point\" for the region");
    }

    @Test
    void aParentheticalCueAttributesWhatFollowsIt() {
        assertThat(said("The two envoys, Okafor said, discussed grain exports and ports."))
                .containsExactly("Okafor | SAYS | reported | discussed grain exports and ports");
    }

    @Test
    void aPassiveNamingVerbIsNotSpeech() {
        assertThat(said("Fighters who are called \"the Hawks\" crossed the river.")).isEmpty();
    }

    @Test
    void whatSomeoneTermedAQuotedLabelIsTheirWords() {
        assertThat(said("The council acted after what it termed an \"invasion\" of the islands."))
                .containsExactly("it | SAYS | direct | invasion");
    }

    @Test
    void anInvertedCueNamesTheSpeakerAfterIt() {
        assertThat(said("\"The harvest is lost,\" said a statement issued by the farmers' union."))
                .containsExactly("a statement issued by the farmers' union | SAYS | direct | The harvest is lost");
    }

    @Test
    void aQuoteStandingAloneAfterAnAttributedSentenceContinuesTheSpeaker() {
        assertThat(said("The minister said the talks had ended.\n\"We have nothing more to say.\""))
                .containsExactly("The minister | SAYS | reported | the talks had ended", "- | SAYS | direct | We have nothing more to say.");
    }

    @Test
    void aHeadlineNameBeforeAColonSpeaksTheQuote() {
        assertThat(said("Okafor: 'We will not back down'"))
                .containsExactly("Okafor | SAYS | direct | We will not back down");
    }

    @Test
    void aCueAfterADashStillClosesTheQuote() {
        assertThat(said("\"We are ready\" — the coach said."))
                .containsExactly("the coach | SAYS | direct | We are ready");
    }

    @Test
    void aProperNounThatLooksLikeACueIsNotOne() {
        assertThat(said("The United States officially backs the plan.")).isEmpty();
    }

    @Test
    void declaringAStateOfEmergencyIsAnActNotAStatement() {
        assertThat(said("The Chilean senate declared a state of emergency in three provinces on Sunday.")).isEmpty();
        assertThat(said("The Chilean senate declared on Sunday that the provinces were safe."))
                .containsExactly("The Chilean senate | ANNOUNCES | reported | the provinces were safe");
    }

    @Test
    void aForecastNeedsAClauseSayingWhatWillHappen() {
        assertThat(said("Meteorologists expect the storm to reach the coast by Thursday."))
                .containsExactly("Meteorologists | EXPECTS | reported | the storm to reach the coast by Thursday");
        assertThat(said("Farmers expected rain.")).isEmpty();
    }

    @Test
    void aThatInsideTheContentIsNotTheComplementiser() {
        assertThat(said("Analysts say the size of that deficit worried the markets."))
                .containsExactly("Analysts | SAYS | reported | the size of that deficit worried the markets");
        assertThat(said("The minister warned the council that the bridge would close."))
                .containsExactly("The minister | WARNS | reported | the bridge would close");
    }

    @Test
    void officialsOnBothSidesSpeakTogether() {
        assertThat(said("Officials on both sides say the border will reopen."))
                .containsExactly("Officials on both sides | SAYS | reported | the border will reopen");
    }

    @Test
    void nobodyIsNoSpeaker() {
        assertThat(said("When the treaty was signed, nobody expected its clauses to be used.")).isEmpty();
        assertThat(said("No official said the talks had failed.")).isEmpty();
    }

    @Test
    void rejectingAThingIsAnActButRejectingClaimsReportsSpeech() {
        assertThat(said("The council rejects the mayor's authority over the port.")).isEmpty();
        assertThat(said("The council rejected claims that the port was sold."))
                .containsExactly("The council | DENIES | reported | the port was sold");
    }

    @Test
    void whereOrWhenACreditedQuoteWasSaidIsNotWhatWasSaid() {
        assertThat(said("\"We are selling the family silver,\" the party's leader, Mira Santo, said after the vote."))
                .containsExactly("the party's leader, Mira Santo | SAYS | direct | We are selling the family silver");
        assertThat(said("\"We are selling the family silver,\" Santo told a rally outside the port building on Wednesday."))
                .containsExactly("Santo | SAYS | direct | We are selling the family silver");
    }

    @Test
    void theSpeakerIsWhoSaidItNotTheNounBeforeOrTheAdverbBetween() {
        assertThat(said("He was jailed, a ruling his lawyer immediately said he would challenge."))
                .anyMatch(u -> u.startsWith("his lawyer | "));
        assertThat(said("Mr Dragan has always denied the charges."))
                .anyMatch(u -> u.startsWith("Mr Dragan | "));
    }

    @Test
    void aNameDescribedBetweenCommasSpeaksWhatFollowsTheCue() {
        assertThat(said("Witold Sarna, the chief mining inspector, said the inspectorate would publish its findings within a month."))
                .containsExactly("Witold Sarna, the chief mining inspector | SAYS | reported | the inspectorate would publish its findings within a month");
    }

    @Test
    void aColonInATimeOfDayDoesNotEndWhatWasSaid() {
        assertThat(said("The blast happened at about 21:40 on Monday, the company said."))
                .containsExactly("the company | SAYS | reported | The blast happened at about 21:40 on Monday");
    }

    @Test
    void aThatAfterAnotherVerbDoesNotTakeTheQuotationFromItsSpeaker() {
        assertThat(said("\"We have lost houses, but not a single village,\" commander Jo Reis said on Thursday as he announced that the fire was out."))
                .contains("commander Jo Reis | SAYS | direct | We have lost houses, but not a single village");
    }
}
