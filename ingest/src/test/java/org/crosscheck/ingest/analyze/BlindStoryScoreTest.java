package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Stories nobody tuned for: invented articles annotated by someone who never saw the analysis, read as
 * {@code analyze} reads files and scored by the shared scorer. The floors are the scores as measured
 * (docs/reconciliation.md, "Measured"), far below issue 5's bar for pairs, kept so that a change that reads a story
 * worse fails here: fewer conflicts or pairs found, lower conflict precision, or more distinct claims grouped as one.
 */
class BlindStoryScoreTest {

    /**
     * Six articles about a mine explosion: a syndicated copy, paraphrased facts, a rising toll, a wrong toll, a wrong
     * depth, a wrong date, one quotation in two mouths, compensation credited to the wrong body, misspelt and
     * unaccented names.
     */
    @Test
    void aMineExplosionToldBySixOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // 12 wrongly grouped pairs since the dateline "ORŁÓW ŚLĄSKI –" sets the vigil article in the town: the board's
        // compensation and the one credited to the ministry are one act, which the annotation keeps as two claims
        holdsFloors(read("story-blind"), 0, 0.92, 4, 0.8, 19, 12);
    }

    /**
     * Seven articles on a port concession vote in Croatia, written blind after the mine story's rules were in: a wire
     * copy, a credited report, a wrong vote count, a wrong term, two wrong dates, a quotation credited to two people in
     * two outlets and to two people in one article, a finding credited to the wrong body, misspelt and unaccented
     * names, and counts that legitimately change. One forbidden merge is known: "the port of Rijeka", the port's
     * operator, is read as the city.
     */
    @Test
    void aPortConcessionVoteToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // The wrongly grouped pairs are one sentence's: "Meridian Ports Holding, a consortium led by a Rotterdam-based
        // terminal operator, will pay 412 million euros upfront" is one claim, which the scorer reads as the gold's
        // claim about the consortium; each further mention of the price grouped with it counts as two wrong pairs.
        holdsFloors(read("story-blind-2"), 1, 0.87, 8, 0.95, 60, 17);
    }

    /**
     * Seven articles on a corruption verdict in Romania, written blind while the port story's lessons were being
     * applied: a copy, a credited report, a wrong sentence, a wrong sum, two wrong dates, a quotation credited to the
     * lawyer and to his client, the same words credited to the prosecutor and to the judge in one article, a misspelt
     * lawyer, an unaccented defendant, and figures that legitimately change. One forbidden merge is known: "the
     * court" joins the county tribunal with the Constitutional Court in one court of the country (the campaign group
     * no longer joins the county).
     */
    @Test
    void aCorruptionVerdictToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // Likewise "he had taken €640,000 in bribes from Pârvulescu's company, Vialis Construct" is read as the gold's
        // claim about who owns the company, and is grouped with the other mentions of the bribes.
        holdsFloors(read("story-blind-3"), 1, 0.8, 7, 0.95, 90, 9);
    }

    /**
     * Seven articles on a wildfire in the Algarve, written blind and first read at commit 3f80e6d, before anything
     * was changed for it: a near-verbatim copy, a credited report, a burnt area, a plane count and an age given
     * wrongly, two wrong dates, a quotation credited to the mayor and to the fire commander, the same words credited
     * to an ecologist and the commander in one article, a misspelt mayor, an unaccented commander, and figures that
     * grow with words of change ("has risen to") or without them.
     */
    @Test
    void aWildfireToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        holdsFloors(read("story-blind-4"), 0, 0.82, 6, 0.85, 57, 1);
    }

    /**
     * Seven articles on a Legionnaires' outbreak in Greece, written blind and first read at commit 35a7e1e (attribution
     * F1 0.831, conflicts 3/11 at precision 0.385, pairs 53/243, one forbidden merge): a wire story republished whole
     * and trimmed, two credited reports, an age, two daily counts, a fine and two dates given wrongly, a finding
     * credited to the minister instead of the regional authority, a daughter's words credited to a neighbour, a
     * misspelt official, "contained" against "not under control", and counts of patients that move from day to day.
     */
    @Test
    void aLegionnairesOutbreakToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        holdsFloors(read("story-blind-5"), 0, 0.93, 10, 0.85, 111, 15);
    }

    /**
     * Seven articles on a disputed mayoral run-off in Austria, written blind at the seeds' granularity and first read at
     * 9f1993b, at the end of the day's work (attribution F1 0.722, conflicts 1/12 at precision 0.25, pairs 4/176; the
     * day's starting code read it the same but for claim mention F1, 0.549 against 0.563): a wire copy, two credited
     * reports, a margin, a turnout, a ballot count, an age and a number of polling stations given wrongly, two dates,
     * a quotation and a finding credited to the wrong speaker, a misspelt winner, a recount "completed" and "still under
     * way", a role given differently, and a recount that legitimately changes the count.
     */
    @Test
    void aDisputedRunOffToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // among the wrongly grouped: the same sentence in 01 and 02, which the annotation keeps as two claims
        holdsFloors(read("story-blind-6"), 0, 0.84, 9, 0.9, 44, 17);
    }

    /**
     * Seven articles on a national rail strike in Portugal, written blind and first read at f00f171, after the session's
     * age, share and office rules (attribution F1 0.813, conflicts 3/13 at precision 1.0, pairs 24/143; the session's
     * starting code fc2a4a0: 0.813, 2/13 at 1.0, 24/143): a wire copy, a credited report, a quotation credited to two
     * speakers in one article, another to the wrong speaker, an injunction and an estimate credited to different
     * bodies, a turnout, a day's cancellations, a pay offer and a count of stranded passengers given differently, two
     * dates, two misspelt names, and a chief executive called interim, full and chairman.
     */
    @Test
    void aRailStrikeToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // the one wrongly grouped pair: the members' vote on the deal and the strike ballot's 84%, read as one vote
        holdsFloors(read("story-blind-7"), 0, 0.89, 8, 0.85, 30, 2);
    }

    /**
     * Seven articles on a ransomware attack on a hospital network in Belgium, written blind and first read at 580c9e6,
     * after all of the second session's rules (attribution F1 0.759, conflicts 1/12 at precision 0.333, pairs 11/80; the
     * session's starting code fc2a4a0: 0.759, 0/12 at 0.0, 11/80): a wire copy, a credited report, a sentence, a
     * finding and a quotation each credited to two speakers, a ransom, diverted patients, cancelled operations and
     * leaked records counted differently, two dates, a surname written apart and together, a group misspelt, and a
     * minister called federal and regional.
     */
    @Test
    void aHospitalRansomwareAttackToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        holdsFloors(read("story-blind-8"), 0, 0.84, 7, 0.95, 16, 6);
    }

    /**
     * Seven articles on an ammonia spill from a fertiliser plant into the Laborec and Bodrog, in Slovakia and Hungary,
     * written blind and first read at 9f39663 with all of the second session's rules (attribution F1 0.849, conflicts
     * 3/12 at precision 0.429, pairs 14/113; the session's starting code fc2a4a0: 0.843, 2/12 at 0.2, 14/113): a wire
     * copy, a credited report, one quotation in two mouths in one article, a quotation and an act credited to two
     * speakers across outlets, residents without water, a fine and tonnes of fish given differently, two dates, a
     * manager's name and the company's written two ways, and the manager called technical director and told as charged
     * and not charged.
     */
    @Test
    void aRiverSpillToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        holdsFloors(read("story-blind-9"), 0, 0.91, 8, 0.85, 42, 4);
    }

    /**
     * Seven articles on a ferry that capsized in the Aegean, written blind and first read at f6954b9, the start of the
     * third session (attribution F1 0.631, conflicts 3/21 at precision 0.375, pairs 1/97: the wire copy's sidecar named
     * its original, which was then an unknown field, so the copy was skipped): a copy declared in its sidecar, a credited
     * report, a quotation, an order, a statement and a rescue each credited to two speakers, the sinking, the arrest,
     * the arrival and the inquiry dated differently, people on board, dead, missing, rescued, the ship's age and a
     * fine given differently, three names spelt two ways, and a captain in custody or released.
     */
    @Test
    void aFerrySinkingToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        holdsFloors(read("story-blind-10"), 0, 0.82, 11, 0.85, 22, 2);
    }

    /**
     * Seven articles on a steel and wine trade dispute between Chile and China, written blind and first read at
     * f6954b9 (attribution F1 0.696, conflicts 6/19 at precision 0.5, pairs 13/111): a wire copy, a credited report,
     * duties and tariffs credited to different ministries, a quotation in two ministers' mouths, four dates, duty and
     * tariff rates, job cuts, exports and tonnes given differently, three names spelt two ways, a complaint filed or
     * only threatened, duties provisional or definitive, and an association head called president and director.
     */
    @Test
    void aTradeDisputeToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // 0.773 since "Cuprum Analytics" is read as a firm, not a person: "the company has warned that jobs are at risk"
        // is then credited to it, the firm named last, instead of to the steelworks the paragraph is about
        holdsFloors(read("story-blind-11"), 0, 0.77, 15, 0.9, 20, 0);
    }

    /**
     * Seven articles on the theft of paintings from a national museum in Portugal, written blind in the fourteenth
     * session and first read at that session's start, d4a6b25 (conflicts 4/13 at precision 0.8, pairs 18/119): a wire copy with its
     * syndication notice, a credited report, guards, paintings and the value of the haul given differently (one a
     * transposed sum), the nights of the theft, the arrest and the recovery, a quotation in the director's and the
     * police chief's mouths, the arrest announced by the police and by the ministry, a quotation credited to two people
     * in one article, two misspelt names, a suspect charged or released, a deputy director called director, and counts
     * that legitimately change ("six paintings, not five", a painting recovered, an estimate revised upward).
     */
    @Test
    void aMuseumTheftToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // the wrongly grouped pairs: "the theft of six paintings" is read as the theft itself, which the annotation keeps
        // apart as the count of what was stolen
        holdsFloors(read("story-blind-12"), 0, 0.83, 8, 0.95, 37, 5);
    }

    /**
     * Seven articles on a deadly clash between Malawian and Tanzanian boats on Lake Malawi, written blind in the
     * fifteenth session and first read at that session's start, 4b42bce (conflicts 3/13 at precision 0.5, attribution
     * F1 0.696, pairs 42/227, one forbidden merge of the two countries' National Assemblies): a wire copy with its
     * credit line, a credited report, the founding case again (a vote of Malawi's National Assembly credited to
     * Tanzania's), a quotation in two ministers' mouths and in a mediator's and a council's, the days of the clash, of
     * a council's call and of a release, vote counts, detainees, dead marines and a pull-back distance given
     * differently, a misspelt minister, a detainee called fisherman and sergeant, whose waters a sandbank lies in, and
     * counts that legitimately change (a toll that rises, a printed correction).
     */
    @Test
    void aBorderClashToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // the wrongly grouped pairs: the toll as first counted, a wounded fisherman's death a day later and the later
        // totals are read as one count of the dead, which the annotation keeps apart as four claims; a pull-back asked
        // for and one carried out share their 10 kilometres. Two pairs were grouped only while a circumstance after
        // "said" was read as what was said ("…, officials said, in the deadliest confrontation in decades"; "have
        // argued for more than half a century"); read right, those words are no claim of ours, and the pairs go. Since a
        // loose figure no longer joins two that contradict each other, the tolls stay apart (wrongly grouped 17 -> 11)
        holdsFloors(read("story-blind-13"), 0, 0.79, 7, 0.95, 43, 11);
    }

    /**
     * Seven articles on an earth dam that burst above a Kenyan town, written blind in the sixteenth session by a helper
     * that did not read the code, and first read at that session's start, 9c97fab (conflicts 2/14 at precision 0.25,
     * attribution F1 0.862, pairs 31/219, wrongly grouped 29, one forbidden merge): a wire copy, two credited reports,
     * two governors, two county assemblies and two cabinet secretaries (a quotation and the governor's letters credited
     * to the other governor, a suspension to the other secretary, a vote to the other assembly), a toll that rises with
     * one outlet's Monday figure wrong, a relief fund, a reservoir's volume with its digits swapped and the number
     * arrested given differently, the day of the collapse, of a suspension and of the last inspection, a misspelt
     * managing director, and who owns the dam, whether its director is acting and whether its permit had expired.
     */
    @Test
    void aDamBurstToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // the forbidden merge: "Karati" alone is read as one place where the annotation keeps the county and its town
        // apart. Not found: the vote credited to the other assembly, the day of
        // the collapse ("which burst last Saturday"), of the suspension and of the last inspection, who owns the dam
        // and whether its permit had expired
        holdsFloors(read("story-blind-14"), 1, 0.89, 9, 0.95, 31, 12);
    }

    /**
     * Seven articles on a disputed count in a provincial election, written blind in the seventeenth session by a helper
     * that did not read the code, and first read at 640259b, before any rule was written for it (conflicts 5/12 at
     * precision 0.357, attribution F1 0.676, pairs 33/184, wrongly grouped 6, one forbidden merge): a wire copy, a
     * credited report, two electoral commissions (the recount ordered by the national one or the provincial one), one
     * quotation in two mouths in one article and another across outlets, a final total with its digits swapped, a
     * turnout, the disputed ballots given as more than 4,300, the day the result was declared and the day of the
     * complaint, a misspelt chief electoral officer, whether a winner was declared, a deputy chairwoman and whether
     * the recount is the national commission's first; and counts that legitimately move (a preliminary lead, a recount).
     */
    @Test
    void aDisputedElectionCountToldBySevenOutletsIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        // Not found: the 4,300 ballots "of them" (a count that names nothing it counts), the day the result was declared
        // ("when the result was first declared last Tuesday"), the day of the complaint ("filed its complaint on
        // Monday"), "has not declared a winner", and the precedent. The wrongly grouped pairs are mostly the annotation
        // keeping "polls closed on Sunday" apart in each article that gives it.
        holdsFloors(read("story-blind-15"), 0, 0.81, 7, 0.85, 37, 13);
    }

    private static ScorerRun read(String story) throws Exception {
        Path folder = Path.of("src/test/resources", story);
        ScorerRun run = ScorerRun.scoreFolder(folder.resolve("gold.json").toAbsolutePath(), folder.toAbsolutePath(),
                Path.of("target", story + "-report.json").toAbsolutePath());
        System.out.println(run.output);
        return run;
    }

    private static void holdsFloors(ScorerRun run, int forbiddenMerges, double attributionF1, int conflicts, double conflictPrecision,
                                    int pairs, int wronglyGrouped) {
        assertThat(run.forbiddenMerges()).isLessThanOrEqualTo(forbiddenMerges);
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(attributionF1);
        assertThat(run.conflictsFound()).isGreaterThanOrEqualTo(conflicts);
        assertThat(run.conflictPrecision()).isGreaterThanOrEqualTo(conflictPrecision);
        assertThat(run.crossOutletPairsGrouped()).isGreaterThanOrEqualTo(pairs);
        assertThat(run.distinctClaimsWronglyGrouped()).isLessThanOrEqualTo(wronglyGrouped);
    }
}
