package org.crosscheck.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crosscheck.core.claim.ClaimKind;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;
import org.junit.jupiter.api.Test;

/**
 * Adding articles one at a time gives the same propositions as reconciling everything at once, whatever order
 * the articles arrive in: random mentions drawn from a small world (so that many of them match, support and
 * contradict each other), inserted in many random orders.
 */
class PropositionIndexPropertyTest {

    private static final List<String> PREDICATES = List.of("oust", "back", "withdraw", "kill", "injure", "breach", SamenessPolicy.SAYING,
            SamenessPolicy.FIGURE);
    private static final List<String> ACTORS = List.of("country-a", "country-b", "person-c", "org-d");
    private static final List<String> PARTIES = List.of("person-x", "person-y", "org-z");
    private static final List<String> PLACES = List.of("place-p", "place-q", "country-r");
    private static final List<String> WORDS = List.of("levee", "river", "people", "troops", "border", "town", "dam", "bridge", "port", "road");

    @Test
    void theOrderInWhichArticlesArriveNeverChangesThePropositions() {
        Random random = new Random(20261122);
        for (int world = 0; world < 40; world++) {
            List<Statement> mentions = world(random, 60 + random.nextInt(60));
            Reconciled expected = reconcile(sorted(mentions));
            for (int order = 0; order < 15; order++) {
                List<Statement> shuffled = new ArrayList<>(mentions);
                Collections.shuffle(shuffled, random);
                assertThat(reconcile(shuffled)).as("world %d, order %d", world, order).isEqualTo(expected);
            }
        }
    }

    @Test
    void aWholeCorpusFiledWithoutAskingWhatEachMentionTouchedReconcilesTheSame() {
        Random random = new Random(424242);
        for (int world = 0; world < 40; world++) {
            List<Statement> mentions = world(random, 60 + random.nextInt(60));
            PropositionIndex quiet = new PropositionIndex(new SamenessPolicy());
            mentions.forEach(quiet::addQuietly);
            List<List<String>> groups = ids(quiet.groups());
            assertThat(new Reconciled(groups, quiet.links())).as("world %d", world).isEqualTo(reconcile(mentions));
            for (List<String> group : groups) {
                assertThat(quiet.members(group.get(0)).stream().map(Statement::id).toList()).as("world %d", world).isEqualTo(group);
                group.forEach(id -> assertThat(quiet.groupOf(id)).isEqualTo(group.get(0)));
            }
        }
    }

    @Test
    void aNewMentionChangesOnlyTheGroupsItReportsTouching() {
        Random random = new Random(99);
        for (int world = 0; world < 30; world++) {
            List<Statement> mentions = world(random, 80);
            PropositionIndex index = new PropositionIndex(new SamenessPolicy());
            for (Statement m : mentions) {
                Set<List<String>> before = new HashSet<>(ids(index.groups()));
                Set<String> touched = index.add(m);
                for (List<String> group : ids(index.groups())) {
                    boolean reported = touched.contains(group.get(0));
                    assertThat(reported || before.contains(group)).as("an untouched group changed: %s", group).isTrue();
                }
                assertThat(touched).contains(index.groupOf(m.id()));
            }
        }
    }

    private static List<List<String>> ids(List<List<Statement>> groups) {
        return groups.stream().map(g -> g.stream().map(Statement::id).toList()).toList();
    }

    @Test
    void everyPairTheRulesLinkIsFoundByItsBlocksWhicheverArrivesSecond() {
        SamenessPolicy policy = new SamenessPolicy();
        Random random = new Random(41);
        int linked = 0;
        for (int world = 0; world < 10; world++) {
            List<Statement> mentions = world(random, 150);
            for (Statement a : mentions) {
                for (Statement b : mentions) {
                    if (a == b || policy.compare(a, b) == SamenessPolicy.Verdict.DIFFERENT) {
                        continue;
                    }
                    linked++;
                    assertThat(meet(a, b)).as("%s arriving after %s (%s)", a, b, policy.compare(a, b)).isNotEmpty();
                }
            }
        }
        assertThat(linked).as("linked pairs").isGreaterThan(1000);
    }

    @Test
    void anArrivalDoesNotReadWhatItsActorDidInOtherYearsButAnUndatedCopyMeetsItsOriginal() {
        Set<String> norway = Set.of("organization-government-norway");
        String inquiry = "organization-government-norway | open | inquiry";
        Statement in2022 = new Statement("a", new Span(0, 5), ClaimKind.EVENT, "open", false, false, norway, Set.of(), Set.of("country-norway"),
                Set.of("place-lund"), null, null, inquiry, LocalDate.of(2022, 5, 28));
        Statement in2024 = new Statement("b", new Span(0, 5), ClaimKind.EVENT, "open", false, false, norway, Set.of(), Set.of("country-norway"),
                Set.of("place-bergen"), null, null, inquiry, LocalDate.of(2024, 7, 8));
        Statement undatedCopy = new Statement("c", new Span(0, 5), ClaimKind.EVENT, "open", false, false, norway, Set.of(), Set.of("country-norway"),
                Set.of("place-lund"), null, null, inquiry, null);
        assertThat(meet(in2024, in2022)).as("the blocks a 2024 arrival reads and those a 2022 act is filed under").isEmpty();
        assertThat(meet(undatedCopy, in2022)).isNotEmpty();
        assertThat(meet(in2022, undatedCopy)).isNotEmpty();
    }

    @Test
    void aVisitByOneStorysPoliceChiefDoesNotReadEveryOtherChiefsVisitToThePolice() {
        Set<String> police = Set.of("organization-police-peru");
        LocalDate day = LocalDate.of(2022, 1, 17);
        Statement byOne = visit("a", Set.of("person-dorbra-braposko"), police, day);
        Statement byAnother = visit("b", Set.of("person-otfal-bendorlo"), police, day.plusDays(4));
        Statement byNobodyNamed = visit("c", Set.of(), police, day.plusDays(1));
        assertThat(meet(byAnother, byOne)).as("acts with different doers are never one act").isEmpty();
        assertThat(meet(byAnother, byNobodyNamed)).isNotEmpty();
        assertThat(meet(byNobodyNamed, byOne)).isNotEmpty();
        assertThat(meet(byOne, visit("d", Set.of("person-dorbra-braposko"), police, day))).isNotEmpty();
    }

    @Test
    void visitsToOneCountryInOneYearMeetAcrossStoriesOnlyWhenOneActorMadeThem() {
        // told months apart, so only the year of the visit can bring them together
        Statement byOne = visitTo("a", Set.of("person-dorbra-braposko"), LocalDate.of(2023, 3, 6));
        Statement byAnother = visitTo("b", Set.of("person-otfal-bendorlo"), LocalDate.of(2023, 9, 11));
        Statement byTheSame = visitTo("c", Set.of("person-dorbra-braposko"), LocalDate.of(2023, 10, 2));
        Statement byNobodyNamed = visitTo("d", Set.of(), LocalDate.of(2023, 11, 20));
        assertThat(meet(byAnother, byOne)).as("two actors' visits to one country are two visits").isEmpty();
        assertThat(meet(byNobodyNamed, byOne)).as("a visit nobody is named making is another story's").isEmpty();
        assertThat(meet(byTheSame, byOne)).isNotEmpty();
        assertThat(new SamenessPolicy().compare(byTheSame, byOne)).isNotEqualTo(SamenessPolicy.Verdict.DIFFERENT);
    }

    /** A visit to Mongolia on the day given, told a week later: "X visited Mongolia on ...". */
    private static Statement visitTo(String document, Set<String> actors, LocalDate day) {
        return new Statement(document, new Span(0, 5), ClaimKind.EVENT, "visit", true, false, actors, Set.of(), Set.of("country-mongolia"),
                Set.of("country-mongolia"), org.crosscheck.core.time.ReportedDate.day(day), null, " | visit | mongolia", day.plusDays(7));
    }

    private static Statement visit(String document, Set<String> actors, Set<String> participants, LocalDate published) {
        return new Statement(document, new Span(0, 5), ClaimKind.EVENT, "visit", true, false, actors, participants, Set.of(), Set.of(),
                null, null, " | visit | police", published);
    }

    private static Set<String> meet(Statement arriving, Statement filed) {
        Set<String> lookup = new HashSet<>(PropositionIndex.lookupBlocks(arriving));
        lookup.retainAll(PropositionIndex.filedBlocks(filed));
        return lookup;
    }

    @Test
    void everyRuleReadsTheSameFromEitherSide() {
        SamenessPolicy policy = new SamenessPolicy();
        List<Statement> mentions = world(new Random(11), 150);
        for (Statement a : mentions) {
            for (Statement b : mentions) {
                assertThat(policy.compare(a, b)).as("%s vs %s", a, b).isEqualTo(policy.compare(b, a));
            }
        }
    }

    @Test
    void addingTheSameMentionTwiceChangesNothing() {
        List<Statement> mentions = world(new Random(7), 80);
        List<Statement> twice = new ArrayList<>(mentions);
        twice.addAll(mentions);
        assertThat(reconcile(twice)).isEqualTo(reconcile(mentions));
    }

    @Test
    void theWorldIsRichEnoughToTestSomething() {
        Reconciled r = reconcile(world(new Random(20261122), 100));
        assertThat(r.groups().stream().filter(g -> g.size() > 1).count()).as("groups of several mentions").isGreaterThanOrEqualTo(5);
        assertThat(r.links().stream().filter(l -> l.verdict() == SamenessPolicy.Verdict.DISTINCT).count()).as("events kept apart").isGreaterThan(0);
        assertThat(r.links().stream().filter(l -> l.verdict() == SamenessPolicy.Verdict.DATE_CONTRADICTS
                || l.verdict() == SamenessPolicy.Verdict.NUMBER_CONTRADICTS).count()).as("contradictions").isGreaterThan(0);
    }

    private record Reconciled(List<List<String>> groups, List<PropositionIndex.Link> links) {
    }

    private static Reconciled reconcile(List<Statement> mentions) {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        mentions.forEach(index::add);
        List<List<String>> groups = index.groups().stream().map(g -> g.stream().map(Statement::id).toList()).toList();
        return new Reconciled(groups, index.links());
    }

    static List<Statement> sorted(List<Statement> mentions) {
        List<Statement> out = new ArrayList<>(mentions);
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    static List<Statement> world(Random random, int size) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String document = "doc-" + random.nextInt(12);
            String predicate = random.nextInt(10) == 0 ? null : pick(random, PREDICATES);
            Set<String> actors = random.nextBoolean() ? Set.of() : some(random, ACTORS, 1 + random.nextInt(2));
            // now and then an event recalled from years before, which is kept apart (DISTINCT), not a conflict
            ReportedDate date = random.nextInt(3) == 0 ? null : random.nextInt(6) == 0 ? ReportedDate.year(2019 + 3 * random.nextInt(2))
                    : ReportedDate.day(LocalDate.of(2023, 3, 10 + random.nextInt(4)));
            // most told in one month, now and then years away; some are standings
            LocalDate published = random.nextInt(6) == 0 ? LocalDate.of(2021 + 4 * random.nextInt(2), 6, 1 + random.nextInt(28))
                    : LocalDate.of(2023, 3, 1 + random.nextInt(28));
            ClaimKind kind = random.nextInt(5) == 0 ? ClaimKind.STANCE : ClaimKind.EVENT;
            int count = 40 * (1 + random.nextInt(3));
            // the figure of a longer claim always has its figure; now and then a sum
            String measure = SamenessPolicy.FIGURE.equals(predicate) && random.nextBoolean() ? "euros bribes" : "people";
            Quantity figure = random.nextInt(3) == 0 && !SamenessPolicy.FIGURE.equals(predicate) ? null
                    : new Quantity(count, count, Quantity.Qualifier.EXACT, measure, new Span(0, 2));
            String key = random.nextInt(4) == 0 ? "" : pick(random, WORDS) + " | " + (predicate == null ? "say" : predicate) + " | " + pick(random, WORDS);
            out.add(new Statement(document, new Span(i * 10, i * 10 + 5), kind, predicate,
                    "back".equals(predicate), random.nextInt(5) == 0, actors, some(random, PARTIES, random.nextInt(2)),
                    some(random, PLACES, random.nextInt(3)), some(random, PLACES, 1), date, figure, key, published));
        }
        return out;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Set<String> some(Random random, List<String> from, int count) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < count; k++) {
            out.add(pick(random, from));
        }
        return out;
    }
}
