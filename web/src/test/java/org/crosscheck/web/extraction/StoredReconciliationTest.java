package org.crosscheck.web.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.reconcile.ReconciliationRepository;
import org.crosscheck.db.reconcile.ReconciliationRepository.ConflictRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.PropositionRow;
import org.crosscheck.db.reconcile.ReconciliationRepository.SideRow;
import org.crosscheck.db.reconcile.StoredCredits;
import org.crosscheck.web.Newsroom;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** After extraction, the store holds propositions across outlets and the conflicts between them. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StoredReconciliationTest {

    @Inject
    AgroalDataSource database;

    @Inject
    StoredCredits credits;

    private static int post(String text, String outlet, String published) {
        return Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", outlet, "published", published))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void twoOutletsCountingTheInjuredDifferentlyGiveOneStoredNumberConflictWithBothSides() throws Exception {
        int first = post("""
                Bridge collapses in Trencin

                A footbridge over the river collapsed in Trencin on Monday. At least 30 people were injured, officials said.
                """, "The Vah Courier", "2024-05-07");
        int second = post("""
                Trencin footbridge: what we know

                The footbridge in Trencin collapsed on Monday evening. 300 people were injured, the city said.
                """, "Danube Daily", "2024-05-08");
        Newsroom.awaitExtracted(first);
        Newsroom.awaitExtracted(second);

        List<String> conflicts = strings("SELECT kind || ':' || severity FROM conflict c WHERE EXISTS "
                + "(SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = " + first + ") AND EXISTS "
                + "(SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = " + second + ")");
        assertThat(conflicts).containsExactly("number:high");
        // the two counts are two propositions, and each is recorded as contradicting the other
        assertThat(relationsFrom(first, second)).containsExactly("contradicts");
        assertThat(relationsFrom(second, first)).containsExactly("contradicts");
        // reconciliation's own changes to conflicts are in the audit log like an editor's
        assertThat(strings("SELECT a.action FROM audit_entry a JOIN conflict c ON a.item_type = 'conflict' AND a.item_id = c.id::text "
                + "WHERE a.actor = 'reconciliation' AND EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = "
                + first + ") AND EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = " + second + ")"))
                .contains("conflict.found");
    }

    @Test
    void anUndatedArticlesDayWithoutAYearIsStoredAndStillContradictsAnotherDay() throws Exception {
        int dated = post("Levee fails on the Hron\n\nA levee on the Hron gave way near Zvolen on Monday, officials said.\n",
                "Hron Valley News", "2023-03-14");
        int undated = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text",
                "Hron flood\n\nA levee on the Hron gave way near Zvolen on 11 March after days of rain.\n", "outlet", "Central Slovak Blog"))
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        Newsroom.awaitExtracted(dated);
        Newsroom.awaitExtracted(undated);
        assertThat(strings("SELECT day_without_year FROM claim WHERE document_id = " + undated + " AND day_without_year IS NOT NULL"))
                .containsExactly("--03-11");
        assertThat(strings("SELECT kind FROM conflict c WHERE EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND "
                + "s.document_id = " + dated + ") AND EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = "
                + undated + ")")).containsExactly("date");
    }

    @Test
    void aTollThatLaterRoseIsStoredAsAnUpdateNotAConflict() throws Exception {
        int first = post("""
                Levee fails near Zilina

                A levee gave way near Zilina on Monday. Seven people were killed and five are missing, officials said.
                """, "The Vah Courier", "2024-06-04");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Zilina levee: toll rises

                The death toll from the levee failure near Zilina has risen to 12 after rescuers found the missing.
                """, "Danube Daily", "2024-06-07");
        Newsroom.awaitExtracted(second);

        assertThat(conflictKindsBetween(first, second)).isEmpty();
        assertThat(relationsFrom(second, first)).containsExactly("refines");
    }

    @Test
    void patientsInIntensiveCareCountedOnTwoDaysAreStoredAsAnUpdateNotAConflict() throws Exception {
        int first = post("""
                Outbreak in Levoca

                Legionnaires' disease has spread in Levoca. Seven patients are in intensive care at the town hospital, doctors said.
                """, "The Vah Courier", "2025-09-04");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Levoca outbreak grows

                The outbreak in Levoca is still growing. Nine patients are in intensive care at the town hospital, doctors said.
                """, "Danube Daily", "2025-09-06");
        Newsroom.awaitExtracted(second);

        assertThat(conflictKindsBetween(first, second)).isEmpty();
        assertThat(relationsFrom(second, first)).containsExactly("refines");
    }

    /** The kinds of the stored conflicts with a side in each of two documents. */
    private List<String> conflictKindsBetween(int first, int second) throws Exception {
        return strings("SELECT kind FROM conflict c WHERE EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND "
                + "s.document_id = " + first + ") AND EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = "
                + second + ")");
    }

    /** How the propositions of one document's claims relate to those of another's. */
    private List<String> relationsFrom(int from, int to) throws Exception {
        return strings("SELECT DISTINCT r.kind FROM proposition_relation r JOIN claim a ON a.proposition_id = r.from_id "
                + "JOIN claim b ON b.proposition_id = r.to_id WHERE a.document_id = " + from + " AND b.document_id = " + to);
    }

    @Test
    void anActCreditedToTwoCountriesParliamentsByTwoOutletsIsOneStoredAttributionConflictWithBothSides() throws Exception {
        int first = post("""
                Cairo weighs a deployment

                Egypt's parliament on Monday approved the deployment of Egyptian troops outside the country to fight militias in Libya, \
                the speaker's office said.
                """, "Nile Ledger", "2020-07-14");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Tobruk assembly backs an intervention

                Libya's House of Representatives, based in Tobruk, approved the deployment of Egyptian troops to fight militias in Libya, \
                the assembly said on Monday.
                """, "Sirte Courier", "2020-07-15");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity FROM conflict c WHERE " + across)).containsExactly("attribution:high");
        assertThat(strings("SELECT explanation FROM conflict c WHERE " + across)).singleElement().asString()
                .contains("Two parliaments for one act", "these articles credit it");
        assertThat(strings("SELECT s.text FROM conflict c JOIN conflict_side s ON s.conflict_id = c.id WHERE " + across + " ORDER BY s.document_id"))
                .anySatisfy(text -> assertThat(text).startsWith("Egypt's parliament"))
                .anySatisfy(text -> assertThat(text).startsWith("Libya's House of Representatives"));

        // a third outlet repeating the confusion adds its side to the same conflict rather than opening another (other
        // tests' articles crediting these two parliaments may be among its sides too: the conflict is the pair's)
        int third = post("""
                Deployment vote in Cairo

                Egypt's parliament approved the deployment of Egyptian troops to fight militias in Libya, lawmakers said on Tuesday.
                """, "Delta Evening", "2020-07-16");
        Newsroom.awaitExtracted(third);
        assertThat(strings("SELECT c.id::text FROM conflict c WHERE c.key LIKE 'across|attribution|%' AND " + across)).hasSize(1);
        assertThat(strings("SELECT DISTINCT s.document_id::text FROM conflict c JOIN conflict_side s ON s.conflict_id = c.id WHERE "
                + "c.key LIKE 'across|attribution|%' AND " + across + " ORDER BY 1"))
                .contains(Integer.toString(first), Integer.toString(second), Integer.toString(third));
    }

    @Test
    void anArrivalReadsOnlyTheCreditsOfArticlesPublishedWithinAStorysWindowOfItOrUndated() throws Exception {
        String act = "Chile's parliament approved the deployment of naval cutters to patrol the southern fjords against smugglers";
        int undatedCopy = Newsroom.apiClient().contentType(ContentType.JSON).body(Map.of("text", "Fjord patrols approved\n\n" + act
                + ", the assembly's press office said. Fishing cooperatives in Aysen had asked for the patrols since the winter.\n",
                "outlet", "Austral Wire")).when().post("/api/articles").then().statusCode(201).extract().path("id");
        int sameWeek = post("Navy to guard the south\n\nLawmakers voted on Thursday. " + act + ", a spokesman for the chamber told "
                + "reporters in Valparaiso, adding that the first cutter would sail within a month.\n", "Harbour Gazette", "2021-03-12");
        int monthsLater = post("Cutters reach the fjords\n\n" + act + ", the chamber's spokesman said on Sunday as the first vessels "
                + "docked in Puerto Chacabuco after a long voyage from the north.\n", "Cape Herald", "2021-09-12");
        Newsroom.awaitExtracted(undatedCopy);
        Newsroom.awaitExtracted(sameWeek);
        Newsroom.awaitExtracted(monthsLater);
        assertThat(strings("SELECT DISTINCT document_id::text FROM credit WHERE institution = 'parliament' AND document_id IN ("
                + undatedCopy + ", " + sameWeek + ", " + monthsLater + ")")).as("each article keeps the parliament's act as a credit").hasSize(3);
        List<String> words = List.of((String[]) QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT words FROM credit WHERE document_id = ? AND institution = 'parliament'")) {
                s.setLong(1, sameWeek);
                try (ResultSet rows = s.executeQuery()) {
                    assertThat(rows.next()).as("the parliament's act is kept as a credit").isTrue();
                    return rows.getArray(1).getArray();
                }
            }
        }));

        // another country's parliament credited with the same act, in an article of 2021-03-20
        assertThat(documentsReadBy(java.time.LocalDate.of(2021, 3, 20), words)).contains((long) sameWeek, (long) undatedCopy)
                .doesNotContain((long) monthsLater);

        // an undated arrival is compared with every article, as core compares it
        assertThat(documentsReadBy(null, words)).contains((long) sameWeek, (long) undatedCopy, (long) monthsLater);
    }

    /** The articles whose credits an arrival of that day would read, crediting Argentina's parliament with {@code words}. */
    private List<Long> documentsReadBy(java.time.LocalDate published, List<String> words) {
        return QuarkusTransaction.requiringNew().call(() -> credits.ofArticlesCreditingLike(0, published, 14,
                List.of(new StoredCredits.Body("parliament", "Argentina", words)), List.of(), List.of())).stream()
                .map(StoredCredits.CreditRow::documentId).distinct().toList();
    }

    @Test
    void oneActCreditedToTwoMinistriesOfOneCountryByTwoOutletsIsOneStoredAttributionConflict() throws Exception {
        int first = post("""
                Peru sets steel duties

                In Lima, Peru's Economy Ministry on Thursday announced provisional duties of 24.5% on hot-rolled steel coil and 18.2%                 on steel wire rod.
                """, "Andes Wire", "2025-06-09");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Peru steel row

                In Lima, Peru's Finance Ministry imposed definitive duties on hot-rolled coil and wire rod, at rates of 24.5% and 18.2%.
                """, "Pacific Ledger", "2025-06-10");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity || ':' || explanation FROM conflict c WHERE c.kind = 'attribution' AND " + across))
                .singleElement().asString().startsWith("attribution:medium:One act, two bodies of one country")
                .contains("Ministry of Economy", "Ministry of Finance");
    }

    @Test
    void oneSuspensionCreditedToTwoMinistersByTwoOutletsIsOneStoredAttributionConflict() throws Exception {
        int first = post("""
                Hospital chief suspended in Slovenia

                Health Minister Ana Petrova suspended the hospital's director, Marko Ilic, on Monday pending an inquiry.
                """, "Alpine Wire", "2026-04-06");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Slovenia hospital inquiry

                The hospital's director, Marko Ilic, was suspended on Monday by Interior Minister Jan Novak.
                """, "Sava Courier", "2026-04-07");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity || ':' || explanation FROM conflict c WHERE c.kind = 'attribution' AND " + across))
                .singleElement().asString().startsWith("attribution:medium:One act, two people").contains("Ana Petrova", "Jan Novak");
    }

    @Test
    void oneRecountOrderedByTwoCommissionsNamedAlikeIsOneStoredAttributionConflict() throws Exception {
        int first = post("""
                Recount ordered in Orland

                The National Electoral Commission on Thursday ordered the postal ballots of Saltmarsh recounted after the People's Alliance complained.
                """, "Alvenport Chronicle", "2026-03-06");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Recount confirms the result

                The recount of the postal ballots of Saltmarsh was ordered on Thursday by the Orland Provincial Electoral Commission after the People's Alliance complained.
                """, "Northgate Daily", "2026-03-10");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity || ':' || explanation FROM conflict c WHERE c.kind = 'attribution' AND " + across))
                .singleElement().asString().startsWith("attribution:medium:One act, two bodies named alike")
                .contains("National Electoral Commission", "Orland Provincial Electoral Commission");
    }

    @Test
    void oneQuotationPutInTwoMinistersMouthsByTwoOutletsIsOneStoredAttributionConflict() throws Exception {
        int first = post("""
                Border talks stall in Veltrana

                "We will not reopen the northern crossing until the fishing dispute is settled," Interior Minister Anselm Korvath \
                told reporters in Veltrana on Tuesday.

                The crossing has been closed since March.
                """, "Veltrana Herald", "2024-04-02");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Crossing to stay shut

                "We will not reopen the northern crossing until the fishing dispute is settled," Foreign Minister Dora Lindqvist \
                said on Tuesday.

                Traders say they are losing money every week.
                """, "Coastline Daily", "2024-04-03");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity || ':' || explanation FROM conflict c WHERE " + across)).singleElement().asString()
                .startsWith("attribution:high:One quotation, two speakers").contains("Anselm Korvath", "Dora Lindqvist");
    }

    @Test
    void aShortQuotationInTwoMouthsIsStoredAsOneConflictWhenTheSecondArticleNamesTheFirstSpeaker() throws Exception {
        int first = post("""
                Spill fine announced in Dravice

                The plant was fined on Friday, Environment Minister Juraj Benda told reporters in Dravice. "These are the worst \
                readings in twenty years," he said. "Whoever is responsible will pay for every last fish."
                """, "Dravice Spectator", "2025-09-05");
        Newsroom.awaitExtracted(first);
        int second = post("""
                River clean-up goes on

                Lawmakers will question Environment Minister Juraj Benda next week. "Whoever is responsible will pay for every \
                last fish," State Secretary Zora Mikova said in Loznice.
                """, "Green Rivers Report", "2025-09-09");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || explanation FROM conflict c WHERE " + across)).singleElement().asString()
                .startsWith("attribution:One quotation, two speakers").contains("Juraj Benda", "Zora Mikova");
    }

    @Test
    void aCandidateGivenTwoAgesAndTwoOfficesByTwoOutletsIsStoredAsTwoConflictsNamingTheOutlets() throws Exception {
        int first = post("""
                Run-off in Lienz

                The winner, Anton Gruberhof, a 47-year-old hotelier, thanked voters in Lienz on Sunday night.
                His rival, Deputy Mayor Eva Lindnerova, conceded shortly after midnight.
                """, "Lienz Courier", "2025-03-10");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Lienz result challenged

                Anton Gruberhof, 49, said he would take office in April.
                Eva Lindnerova, the chairwoman of the city council, asked the electoral commission in Lienz for a recount.
                """, "Tyrol Evening", "2025-03-11");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity || ':' || explanation FROM conflict c WHERE c.key LIKE 'across|age|%' AND " + across))
                .singleElement().asString().startsWith("number:low:Anton Gruberhof").contains("47 in Lienz Courier", "49 in Tyrol Evening");
        assertThat(strings("SELECT kind || ':' || explanation FROM conflict c WHERE c.key LIKE 'across|office|%' AND " + across))
                .singleElement().asString().startsWith("other:Eva Lindnerova").contains("deputy mayor in Lienz Courier", "chairwoman in Tyrol Evening");
        assertThat(strings("SELECT s.text FROM conflict c JOIN conflict_side s ON s.conflict_id = c.id WHERE c.key LIKE 'across|age|%' AND "
                + across + " ORDER BY s.document_id")).containsExactly("Anton Gruberhof, a 47-year-old hotelier", "Anton Gruberhof, 49");
    }

    @Test
    void anOfficerGivenTwoRanksByTwoOutletsIsStoredAsARankConflictNamingTheOutlets() throws Exception {
        int first = post("""
                Ferry sinks off Pelagos

                Coastguard spokeswoman Commander Irini Vasalou said divers had reached the wreck off Pelagos on Tuesday.
                """, "Aegean Wire", "2025-09-30");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Ferry captain released

                Lieutenant Commander Irini Vasalou, a coastguard spokeswoman, said the search off Pelagos would go on.
                """, "Piraeus Daily", "2025-10-02");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || explanation FROM conflict c WHERE c.key LIKE 'across|rank|%' AND " + across))
                .singleElement().asString().startsWith("other:Irini Vasalou is given different ranks")
                .contains("Commander in Aegean Wire", "Lieutenant Commander in Piraeus Daily");
        assertThat(strings("SELECT kind FROM conflict c WHERE c.key LIKE 'across|office|%' AND " + across)).isEmpty();
    }

    @Test
    void oneLawyerWrittenWithTwoSurnamesByTwoOutletsIsStoredAsANameConflict() throws Exception {
        int first = post("""
                Ferry operator defends its record in Pelagos

                "The ship held every certificate," said Stavros Melidis, a lawyer for the company, in Pelagos on Friday.
                """, "Aegean Wire", "2025-10-03");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Ferry operator under scrutiny in Pelagos

                Stavros Melidakis, the company's lawyer, declined to comment on the inspection records in Pelagos.
                """, "Piraeus Daily", "2025-10-05");
        Newsroom.awaitExtracted(second);

        assertThat(strings("SELECT kind || ':' || explanation FROM conflict c WHERE c.key LIKE 'across|namesake|%' AND "
                + across(first, second))).singleElement().asString().startsWith("name:One lawyer is written two ways")
                .contains("Stavros Melidis in Aegean Wire", "Stavros Melidakis in Piraeus Daily");
    }

    @Test
    void aRecountToldAsOverAndAsStillUnderWayForOneDayIsOneStoredConflictNamingTheOutlets() throws Exception {
        int first = post("""
                Recount in Lienz ends

                The recount was completed on Friday evening in Lienz, the electoral commission said.
                """, "Lienz Courier", "2025-03-15");
        Newsroom.awaitExtracted(first);
        int second = post("""
                Lienz still counting

                In Lienz, on Friday the recount was still under way, with eleven polling stations left to count.
                """, "Tyrol Evening", "2025-03-15");
        Newsroom.awaitExtracted(second);

        String across = across(first, second);
        assertThat(strings("SELECT kind || ':' || severity || ':' || explanation FROM conflict c WHERE c.key LIKE 'across|standing|%' AND "
                + across)).singleElement().asString().startsWith("other:medium:The recount is told as over (Lienz Courier)")
                .contains("still going on (Tyrol Evening)", "2025-03-14");
    }

    @Test
    void twoInjuredReportedByTwoOutletsIsOneStoredPropositionWithTwoIndependentOutlets() throws Exception {
        int first = post("""
                Tram depot fire in Brno

                A fire destroyed the old tram depot in Brno on Sunday night, the fire service said.
                Two people were injured. Investigators are looking at a faulty heater in the workshop as the cause.
                """, "Morava Post", "2024-05-13");
        int second = post("""
                Brno depot blaze

                Firefighters worked until dawn on Monday to stop the flames from reaching the houses behind the yard.
                Flames tore through the historic depot near the Brno exhibition grounds late on Sunday. Two people were injured.
                The city council will decide next month whether the historic trams stored there can be restored.
                """, "Brno Evening", "2024-05-13");
        Newsroom.awaitExtracted(first);
        Newsroom.awaitExtracted(second);

        List<String> shared = strings("SELECT p.independent_count || ':' || array_to_string(p.outlets, ',') FROM proposition p "
                + "WHERE (SELECT count(DISTINCT c.document_id) FROM claim c WHERE c.proposition_id = p.id AND c.document_id IN ("
                + first + ", " + second + ")) = 2");
        assertThat(shared).isNotEmpty();
        assertThat(shared.get(0)).startsWith("2:").contains("Morava Post", "Brno Evening");
        assertThat(strings("SELECT count(*)::text FROM claim WHERE document_id IN (" + first + ", " + second + ") AND proposition_id IS NULL"))
                .containsExactly("0");
    }

    @Inject
    ReconciliationRepository conflicts;

    @Test
    void aRecomputedGroupWithdrawsOnlyTheOpenDateAndNumberConflictsThatNameItAndNoLongerHold() throws Exception {
        String g = "t" + System.nanoTime() + "#";
        String stale = "number|" + g + "1-2|" + g + "3-4";
        String stillHolds = "date|" + g + "1-2|" + g + "7-8";
        String otherGroup = "number|" + g + "10-2|" + g + "5-6";
        String attribution = "across|attribution|" + g + "1-2|" + g + "9-9";
        QuarkusTransaction.requiringNew().run(() -> {
            conflicts.upsertConflict(new ConflictRow(stale, "number", "high", "30 or 300 injured", List.of()));
            conflicts.upsertConflict(new ConflictRow(stillHolds, "date", "medium", "Monday or Tuesday", List.of()));
            conflicts.upsertConflict(new ConflictRow(otherGroup, "number", "high", "five or seven", List.of()));
            conflicts.upsertConflict(new ConflictRow(attribution, "attribution", "high", "two parliaments", List.of()));
            conflicts.withdrawStale(List.of(g + "1-2"), List.of(stillHolds));
        });
        assertThat(strings("SELECT key FROM conflict WHERE key LIKE '%" + g + "%' ORDER BY key"))
                .containsExactly(attribution, stillHolds, otherGroup);
    }

    @Test
    void aConflictFoundAgainKeepsTheSidesItHadAndWritesOnlyWhatChanged() throws Exception {
        int document = post("Ten people were hurt when a crane fell in Zilina on Friday, the police said.", "The Zilina Ledger", "2024-06-07");
        String group = "t" + System.nanoTime() + "#";
        String key = "number|" + group + "1-2|" + group + "3-4";
        SideRow thirty = new SideRow("The Vah Courier", document, null, null, 0, 10, "30 injured");
        SideRow threeHundred = new SideRow("Danube Daily", document, null, null, 20, 30, "300 injured");
        SideRow seven = new SideRow("Morava Post", document, null, null, 40, 50, "seven injured");
        String sides = "SELECT s.id || ' ' || s.text FROM conflict_side s JOIN conflict c ON c.id = s.conflict_id WHERE c.key = '" + key
                + "' ORDER BY s.start_offset";

        QuarkusTransaction.requiringNew().run(() -> conflicts.upsertConflict(new ConflictRow(key, "number", "high", "30 or 300", List.of(thirty, threeHundred))));
        List<String> first = strings(sides);
        QuarkusTransaction.requiringNew().run(() -> conflicts.upsertConflict(
                new ConflictRow(key, "number", "high", "30 or 300", List.of(thirty, threeHundred, seven, seven))));
        List<String> again = strings(sides);
        assertThat(again).as("a side listed twice is stored once").hasSize(3);
        assertThat(again.subList(0, 2)).as("the sides found before are the same rows").isEqualTo(first);
        assertThat(again.get(2)).endsWith("seven injured");

        QuarkusTransaction.requiringNew().run(() -> conflicts.upsertConflict(
                new ConflictRow(key, "number", "high", "300 or seven", List.of(threeHundred, seven))));
        assertThat(strings(sides)).as("a side no longer found goes").containsExactly(again.get(1), again.get(2));
        assertThat(strings("SELECT a.action FROM audit_entry a JOIN conflict c ON a.item_type = 'conflict' AND a.item_id = c.id::text "
                + "WHERE c.key = '" + key + "' ORDER BY a.id"))
                .as("found once, found again unchanged without a word, changed once").containsExactly("conflict.found", "conflict.changed");
        // an open conflict no arrival made is not left for the other tests of this database to find
        QuarkusTransaction.requiringNew().run(() -> conflicts.withdrawStale(List.of(group + "3-4"), List.of()));
        assertThat(strings("SELECT key FROM conflict WHERE key = '" + key + "'")).isEmpty();
    }

    @Test
    void aPropositionRecomputedAsItStoodIsNotRewritten() throws Exception {
        String key = "t" + System.nanoTime() + "#1-2";
        PropositionRow told = new PropositionRow(key, "A crane fell in Zilina", "EVENT", null, "fall", 1, 0, null, List.of("The Zilina Ledger"),
                List.of());
        String row = "SELECT id || ' ' || xmin || ' ' || independent_count FROM proposition WHERE key = '" + key + "'";
        try {
            QuarkusTransaction.requiringNew().run(() -> conflicts.placePropositions(List.of(told), "test", Map.of()));
            List<String> first = strings(row);
            QuarkusTransaction.requiringNew().run(() -> conflicts.placePropositions(List.of(told), "test", Map.of()));
            assertThat(strings(row)).as("the same row version: nothing was written").isEqualTo(first);

            PropositionRow retold = new PropositionRow(key, "A crane fell in Zilina", "EVENT", null, "fall", 2, 0, null,
                    List.of("The Zilina Ledger", "Danube Daily"), List.of());
            QuarkusTransaction.requiringNew().run(() -> conflicts.placePropositions(List.of(retold), "test", Map.of()));
            List<String> after = strings(row);
            assertThat(after).hasSize(1);
            assertThat(after.get(0)).as("the same proposition, rewritten with its new count")
                    .startsWith(first.get(0).split(" ")[0] + " ").isNotEqualTo(first.get(0)).endsWith(" 2");
        } finally {
            // a proposition without claims is what other tests of this database look for as a fault
            try (Connection c = database.getConnection(); PreparedStatement delete = c.prepareStatement("DELETE FROM proposition WHERE key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
        }
    }

    /** SQL condition on conflict {@code c}: it has a side in each of the two documents. */
    private static String across(int first, int second) {
        return "EXISTS (SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = " + first + ") AND EXISTS "
                + "(SELECT 1 FROM conflict_side s WHERE s.conflict_id = c.id AND s.document_id = " + second + ")";
    }

    private List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
