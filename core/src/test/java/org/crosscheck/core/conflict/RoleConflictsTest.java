package org.crosscheck.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.core.text.Span;
import org.junit.jupiter.api.Test;

/** One person given two offices by two outlets of one story. */
class RoleConflictsTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
    private static final String PERSON = "person-martina-hollerer";

    /** The office told beside the first "Hollerer" of {@code text}. */
    private static Optional<RoleConflicts.Role> roleIn(String document, String text) {
        return RoleConflicts.read(hollerer(document, text), text, MONDAY);
    }

    /** The first "Hollerer" of {@code text}, as the name checks see it. */
    private static NameSighting hollerer(String document, String text) {
        int at = text.indexOf("Hollerer");
        return new NameSighting(document, new Span(at, at + "Hollerer".length()), "Hollerer", PERSON, "Martina Hollerer", "person");
    }

    private static List<Conflict> conflicts(String... documentsAndTexts) {
        List<RoleConflicts.Role> roles = new ArrayList<>();
        for (int i = 0; i < documentsAndTexts.length; i += 2) {
            roleIn(documentsAndTexts[i], documentsAndTexts[i + 1]).ifPresent(roles::add);
        }
        return new RoleConflicts().find(roles);
    }

    @Test
    void anOfficeIsReadOnlyBesideTheName() {
        assertThat(roleIn("a", "Hollerer, the city's deputy mayor, said.")).map(RoleConflicts.Role::office).contains("deputy mayor");
        assertThat(roleIn("a", "Hollerer, 54, the chairwoman of the city council, said.")).map(RoleConflicts.Role::office).contains("chairwoman");
        assertThat(roleIn("a", "Deputy Mayor Hollerer said.")).map(RoleConflicts.Role::office).contains("deputy mayor");
        assertThat(roleIn("a", "Its chief executive, Hollerer, said.")).map(RoleConflicts.Role::office).contains("chief executive");
        assertThat(roleIn("a", "Hollerer thanked the mayor.")).isEmpty();
        assertThat(roleIn("a", "Hollerer, who met the mayor, said.")).isEmpty();
    }

    @Test
    void theBylinesTitleIsNotTheOfficeOfTheFirstNameBelowIt() {
        assertThat(roleIn("a", "By Fiona Harrow, Political Editor\n\nMartina Hollerer was declared the winner.")).isEmpty();
        assertThat(roleIn("a", "Staff report, Captain\nHollerer was declared the winner.")).isEmpty();
    }

    @Test
    void aDeputyMayorInThreeOutletsAndTheCouncilChairwomanInAnotherIsAnOtherConflict() {
        List<Conflict> found = conflicts("a", "Hollerer, the city's deputy mayor, said.", "b", "Deputy Mayor Hollerer said.",
                "c", "Hollerer, the chairwoman of the city council, said.");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.OTHER);
            assertThat(c.severity()).isEqualTo(Severity.LOW);
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactly("a", "b", "c");
            assertThat(c.explanation()).contains("Martina Hollerer", "deputy mayor in a, b", "chairwoman in c");
        });
    }

    @Test
    void theMayorAndTheDeputyMayorAreTwoOfficesAsAreTheInterimAndTheFullChiefExecutive() {
        assertThat(conflicts("a", "Mayor Hollerer said.", "b", "Deputy Mayor Hollerer said.")).hasSize(1);
        assertThat(conflicts("a", "Interim chief executive Hollerer said.", "b", "Chief executive Hollerer said.")).hasSize(1);
    }

    @Test
    void anActingDirectorGeneralIsAnotherOfficeThanTheDirectorGeneral() {
        assertThat(roleIn("a", "WRA acting Director General Hollerer said.")).map(RoleConflicts.Role::office).contains("wra acting director general");
        assertThat(conflicts("a", "WRA acting Director General Hollerer said.", "b", "The authority's Director General, Hollerer, said."))
                .hasSize(1);
        assertThat(conflicts("a", "Director-General Hollerer said.", "b", "The authority's Director General, Hollerer, said.")).isEmpty();
    }

    @Test
    void oneOfficeNamedMoreExactlyOrTwoOfficesOneArticleGivesTogetherAreNoConflict() {
        assertThat(conflicts("a", "Foreign Minister Hollerer said.", "b", "Hollerer, the minister, said.")).isEmpty();
        assertThat(conflicts("a", "Interior Cabinet Secretary Hollerer said.", "b", "The interior minister, Hollerer, said.")).isEmpty();
        assertThat(conflicts("a", "Interior Cabinet Secretary Hollerer said.", "b", "Hollerer, the party's general secretary, said."))
                .as("a party's secretary is no minister").hasSize(1);
        List<RoleConflicts.Role> both = new ArrayList<>();
        roleIn("a", "Deputy Mayor Hollerer said.").ifPresent(both::add);
        roleIn("b", "Hollerer, the chairwoman of the council, said.").ifPresent(both::add);
        String c = "Deputy Mayor Hollerer spoke. Later Hollerer, the chairwoman of the council, spoke.";
        int second = c.lastIndexOf("Hollerer");
        roleIn("c", c).ifPresent(both::add);
        RoleConflicts.read(new NameSighting("c", new Span(second, second + 8), "Hollerer", PERSON, "Martina Hollerer", "person"), c, MONDAY)
                .ifPresent(both::add);
        assertThat(new RoleConflicts().find(both)).as("article c gives her both offices").isEmpty();
    }

    @Test
    void whatAPostIsOfBelongsToWhatIsTold() {
        String text = "Hollerer, the former head of the county's roads department, received a suspended sentence.";
        assertThat(roleIn("a", text)).hasValueSatisfying(r -> {
            assertThat(r.span().of(text)).isEqualTo("Hollerer, the former head of the county's roads department");
            assertThat(r.kind()).isEqualTo("former head");
        });
        String before = "The head of the city electoral commission, Hollerer, said the count was over.";
        assertThat(roleIn("a", before)).hasValueSatisfying(r -> assertThat(r.span().of(before))
                .isEqualTo("The head of the city electoral commission, Hollerer"));
    }

    @Test
    void aPostToldAsWhatThePersonDoesOrAPartyThePersonIsOfIsTold() {
        String chairs = "Hollerer, who chairs the residents' association, said.";
        assertThat(roleIn("a", chairs)).hasValueSatisfying(r -> {
            assertThat(r.span().of(chairs)).isEqualTo("Hollerer, who chairs the residents' association");
            assertThat(r.kind()).isEqualTo("head");
        });
        assertThat(roleIn("a", "Hollerer, who headed the agency, said.")).map(RoleConflicts.Role::kind).contains("former head");
        assertThat(roleIn("a", "Hollerer of the conservative People's Union said.")).map(RoleConflicts.Role::kind).contains("of people's union");
    }

    @Test
    void aNameThatFollowsAPostOfOrAnotherNamesAppositionHoldsNoPost() {
        assertThat(roleIn("a", "Ana Brandt, general secretary of the Hollerer union, said.")).isEmpty();
        assertThat(roleIn("a", "Ana Brandt, the head of the council, Hollerer and others met.")).isEmpty();
        assertThat(roleIn("a", "On Monday, Health Minister Hollerer said.")).map(RoleConflicts.Role::office).contains("health minister");
        assertThat(roleIn("a", "They will accept President Hollerer as chair.")).map(RoleConflicts.Role::office).contains("president");
    }

    @Test
    void headingOneBodyUnderTwoNamesOrACallingBesideAnOfficeIsNoConflict() {
        assertThat(conflicts("a", "Hollerer, the president of the council, said.", "b", "Hollerer, the head of the council, said.")).isEmpty();
        assertThat(roleIn("a", "The regional fire commander, Hollerer, said.")).map(RoleConflicts.Role::kind)
                .isEqualTo(roleIn("b", "The fire chief for the region, Hollerer, said.").map(RoleConflicts.Role::kind));
        assertThat(roleIn("a", "The former roads director Hollerer said.")).map(RoleConflicts.Role::kind).contains("former head");
        assertThat(conflicts("a", "Hollerer, the president of the association, said.", "b", "Hollerer, executive director of the association, said."))
                .as("a director of one function is not the head").hasSize(1);
        assertThat(conflicts("a", "Mayor Hollerer said.", "b", "Hollerer, a nurse, said.")).isEmpty();
        assertThat(conflicts("a", "Mayor Hollerer said.", "b", "Hollerer of the People's Union said.")).isEmpty();
    }

    /** The rank told as a title before the first "Hollerer" of {@code text}. */
    private static Optional<RoleConflicts.Role> rankIn(String document, String text) {
        return RoleConflicts.rank(hollerer(document, text), text, MONDAY);
    }

    @Test
    void aRankIsTheCapitalisedTitleRightBeforeTheName() {
        assertThat(rankIn("a", "Coastguard spokeswoman Commander Hollerer said.")).map(RoleConflicts.Role::office).contains("Commander");
        assertThat(rankIn("a", "Lieutenant Commander Hollerer said.")).map(RoleConflicts.Role::office).contains("Lieutenant Commander");
        assertThat(rankIn("a", "Lt. Col. Hollerer said.")).map(RoleConflicts.Role::office).contains("Lieutenant Colonel");
        assertThat(rankIn("a", "Field Marshal Hollerer said.")).map(RoleConflicts.Role::office).contains("Marshal");
        // part of another title, or a calling in lower case
        assertThat(rankIn("a", "Attorney General Hollerer said.")).isEmpty();
        assertThat(rankIn("a", "The ship's captain Hollerer said.")).isEmpty();
        assertThat(rankIn("a", "Hollerer said.")).isEmpty();
    }

    @Test
    void aCommanderInThreeOutletsAndALieutenantCommanderInAnotherIsARankConflictButNotAnOfficeOne() {
        List<RoleConflicts.Role> roles = new ArrayList<>();
        rankIn("a", "Coastguard spokeswoman Commander Hollerer said.").ifPresent(roles::add);
        rankIn("b", "Commander Hollerer said.").ifPresent(roles::add);
        rankIn("c", "Lieutenant Commander Hollerer, a coastguard spokeswoman, said.").ifPresent(roles::add);
        roleIn("c", "Lieutenant Commander Hollerer, a coastguard spokeswoman, said.").ifPresent(roles::add);
        assertThat(new RoleConflicts().find(roles)).singleElement().satisfies(c -> {
            assertThat(c.explanation()).contains("different ranks", "Commander in a, b", "Lieutenant Commander in c");
            assertThat(c.sides()).extracting(ConflictSide::document).containsExactly("a", "b", "c");
        });
        // "Field Marshal" and "Marshal" are one rank as outlets shorten it
        List<RoleConflicts.Role> marshal = new ArrayList<>();
        rankIn("a", "Field Marshal Hollerer said.").ifPresent(marshal::add);
        rankIn("b", "Marshal Hollerer said.").ifPresent(marshal::add);
        assertThat(marshal).hasSize(2);
        assertThat(new RoleConflicts().find(marshal)).isEmpty();
    }
}
