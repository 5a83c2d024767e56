package org.crosscheck.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.core.reconcile.PropositionIndex.Link;
import org.crosscheck.core.reconcile.Regrouping.Filed;
import org.junit.jupiter.api.Test;

/**
 * A store that keeps the index between documents, and reads back only what each arrival can touch, ends with the
 * same propositions as reconciling everything at once in memory: whatever order the articles arrive in, and after
 * an editor changes who is who in some mentions.
 */
class RegroupingPropertyTest {

    @Test
    void articlesFiledOneAtATimeGroupLikeAFullRecomputeInAnyOrder() {
        Random random = new Random(20261122);
        for (int world = 0; world < 30; world++) {
            List<Statement> mentions = PropositionIndexPropertyTest.world(random, 60 + random.nextInt(60));
            Map<String, List<Statement>> articles = byArticle(mentions);
            for (int order = 0; order < 6; order++) {
                List<String> arrival = new ArrayList<>(articles.keySet());
                Collections.shuffle(arrival, random);
                Desk desk = new Desk();
                arrival.forEach(article -> desk.place(desk.regrouping.add(articles.get(article))));
                assertThat(desk.propositions()).as("world %d, order %d", world, order).isEqualTo(fullRecompute(mentions));
                assertThat(desk.links.values()).as("links, world %d", world).containsExactlyInAnyOrderElementsOf(links(mentions));
                assertThat(desk.contradictions).as("contradictions, world %d", world).isEqualTo(contradictions(mentions));
            }
        }
    }

    @Test
    void refilingMentionsWhoseActorsChangedGroupsLikeAFullRecomputeOfTheChangedWorld() {
        Random random = new Random(5);
        for (int world = 0; world < 40; world++) {
            List<Statement> mentions = PropositionIndexPropertyTest.world(random, 80);
            Desk desk = new Desk();
            byArticle(mentions).values().forEach(article -> desk.place(desk.regrouping.add(article)));

            // an editor merges two actors: every mention naming the one now names the other
            List<Statement> changed = new ArrayList<>();
            List<Statement> after = new ArrayList<>();
            for (Statement m : mentions) {
                Statement now = m.actors().contains("country-b") ? renamed(m, "country-b", "country-a") : m;
                after.add(now);
                if (now != m) {
                    changed.add(now);
                }
            }
            desk.place(desk.regrouping.refile(changed));
            assertThat(desk.propositions()).as("world %d", world).isEqualTo(fullRecompute(after));
            assertThat(desk.links.values()).as("links, world %d", world).containsExactlyInAnyOrderElementsOf(links(after));
            assertThat(desk.contradictions).as("contradictions, world %d", world).isEqualTo(contradictions(after));
        }
    }

    @Test
    void anArticleReadsBackWholeOnlyThePropositionsItLinksTo() {
        Random random = new Random(77);
        SamenessPolicy policy = new SamenessPolicy();
        int comparedAndLeft = 0;
        for (int world = 0; world < 10; world++) {
            List<Statement> mentions = PropositionIndexPropertyTest.world(random, 100);
            Desk desk = new Desk();
            for (List<Statement> article : byArticle(mentions).values()) {
                desk.readBack.clear();
                desk.candidates.clear();
                desk.place(desk.regrouping.add(article));
                if (desk.readBack.isEmpty()) {
                    continue;
                }
                // the first components read back whole are those of the candidates the article links to
                for (List<Statement> component : desk.readBack.get(0)) {
                    assertThat(component).as("world %d", world)
                            .anyMatch(m -> article.stream().anyMatch(a -> policy.compare(a, m) != SamenessPolicy.Verdict.DIFFERENT));
                }
                comparedAndLeft += (int) desk.candidates.stream()
                        .filter(m -> article.stream().allMatch(a -> policy.compare(a, m) == SamenessPolicy.Verdict.DIFFERENT)).count();
            }
        }
        assertThat(comparedAndLeft).as("candidates compared and left unread").isPositive();
    }

    @Test
    void anArticleFiledTwiceChangesNothing() {
        List<Statement> mentions = PropositionIndexPropertyTest.world(new Random(3), 60);
        Desk desk = new Desk();
        byArticle(mentions).values().forEach(article -> desk.place(desk.regrouping.add(article)));
        Map<String, String> before = new HashMap<>(desk.proposition);
        assertThat(desk.regrouping.add(mentions).groups()).isEmpty();
        assertThat(desk.proposition).isEqualTo(before);
    }

    private static Statement renamed(Statement m, String from, String to) {
        Set<String> actors = new HashSet<>(m.actors());
        actors.remove(from);
        actors.add(to);
        return new Statement(m.document(), m.span(), m.kind(), m.predicate(), m.agentive(), m.demanded(), actors, m.participants(),
                m.places(), m.setting(), m.date(), m.quantity(), m.key(), m.published());
    }

    private static Map<String, List<Statement>> byArticle(List<Statement> mentions) {
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        mentions.forEach(m -> out.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m));
        return out;
    }

    private static Set<Set<String>> fullRecompute(List<Statement> mentions) {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        mentions.forEach(index::add);
        Set<Set<String>> out = new HashSet<>();
        index.groups().forEach(g -> out.add(new TreeSet<>(g.stream().map(Statement::id).toList())));
        return out;
    }

    private static String between(PropositionIndex index, Link l) {
        String a = index.groupOf(l.a());
        String b = index.groupOf(l.b());
        return a.compareTo(b) < 0 ? a + " vs " + b : b + " vs " + a;
    }

    private static Set<String> contradictions(List<Statement> mentions) {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        mentions.forEach(index::add);
        Set<String> out = new TreeSet<>();
        index.links().stream().filter(l -> !PropositionIndex.joins(l.verdict())).forEach(l -> out.add(between(index, l)));
        return out;
    }

    private static List<Link> links(List<Statement> mentions) {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        mentions.forEach(index::add);
        return index.links();
    }

    /** A newsroom's store in miniature: the filed index, and which proposition each mention was last placed in. */
    private static final class Desk implements Regrouping.Store {
        final Map<String, Statement> statements = new HashMap<>();
        final Map<String, String> component = new HashMap<>();
        final Map<String, List<String>> blocksOf = new HashMap<>();
        final Map<String, Set<String>> filedUnder = new HashMap<>();
        final Map<String, Link> links = new TreeMap<>();
        final Map<String, String> proposition = new HashMap<>();
        /** Contradictions as a store keeps them: named by the two groups they set against each other. */
        final Set<String> contradictions = new TreeSet<>();
        final Regrouping regrouping = new Regrouping(this, new SamenessPolicy());
        /** What each call for whole components returned, component by component, and the candidates found by blocks. */
        final List<List<List<Statement>>> readBack = new ArrayList<>();
        final List<Statement> candidates = new ArrayList<>();

        /**
         * What a store does with an outcome: every mention of a changed group is placed in it, and contradictions
         * naming a changed group, or a group its mentions were in before, are found afresh.
         */
        void place(Regrouping.Outcome outcome) {
            outcome.groups().forEach(group -> assertThat(outcome.index().groupOf(group)).as("a group by its current name").isEqualTo(group));
            Set<String> renamed = new HashSet<>(outcome.groups());
            for (String group : outcome.groups()) {
                outcome.index().members(group).forEach(m -> renamed.add(proposition.getOrDefault(m.id(), group)));
            }
            contradictions.removeIf(c -> List.of(c.split(" vs ")).stream().anyMatch(renamed::contains));
            for (String group : outcome.groups()) {
                outcome.index().members(group).forEach(m -> proposition.put(m.id(), group));
            }
            for (Link l : outcome.index().contradictionsTouching(outcome.groups())) {
                contradictions.add(between(outcome.index(), l));
            }
        }

        Set<Set<String>> propositions() {
            Map<String, Set<String>> out = new HashMap<>();
            proposition.forEach((id, group) -> out.computeIfAbsent(group, k -> new TreeSet<>()).add(id));
            return new HashSet<>(out.values());
        }

        @Override
        public Collection<Filed> filedUnder(Collection<String> blocks) {
            Set<String> ids = new TreeSet<>();
            blocks.forEach(b -> ids.addAll(filedUnder.getOrDefault(b, Set.of())));
            Collection<Filed> found = filed(ids);
            found.forEach(f -> candidates.add(f.statement()));
            return found;
        }

        @Override
        public Collection<Filed> filed(Collection<String> ids) {
            List<Filed> out = new ArrayList<>();
            ids.stream().filter(component::containsKey).forEach(id -> out.add(new Filed(statements.get(id), component.get(id))));
            return out;
        }

        @Override
        public Collection<Filed> members(Collection<String> components) {
            Set<String> wanted = new HashSet<>(components);
            List<Filed> out = new ArrayList<>();
            component.forEach((id, c) -> {
                if (wanted.contains(c)) {
                    out.add(new Filed(statements.get(id), c));
                }
            });
            Map<String, List<Statement>> byComponent = new TreeMap<>();
            out.forEach(f -> byComponent.computeIfAbsent(f.component(), k -> new ArrayList<>()).add(f.statement()));
            readBack.add(new ArrayList<>(byComponent.values()));
            return out;
        }

        @Override
        public Collection<Link> contradictionsOf(Collection<String> ids) {
            return linksOf(ids).stream().filter(l -> !PropositionIndex.joins(l.verdict())).toList();
        }

        @Override
        public Collection<Link> joiningAmong(Collection<String> ids) {
            return linksOf(ids).stream().filter(l -> PropositionIndex.joins(l.verdict())).toList();
        }

        private List<Link> linksOf(Collection<String> ids) {
            Set<String> wanted = new HashSet<>(ids);
            return links.values().stream().filter(l -> wanted.contains(l.a()) || wanted.contains(l.b())).toList();
        }

        @Override
        public void file(List<Regrouping.Arrival> arrivals, List<Link> newLinks, Map<String, String> components) {
            for (Regrouping.Arrival arrival : arrivals) {
                String id = arrival.statement().id();
                statements.put(id, arrival.statement());
                blocksOf.put(id, arrival.blocks());
                arrival.blocks().forEach(k -> filedUnder.computeIfAbsent(k, x -> new HashSet<>()).add(id));
            }
            newLinks.forEach(l -> links.put(l.a() + "|" + l.b(), l));
            component.putAll(components);
        }

        @Override
        public void forget(Collection<String> ids) {
            Set<String> gone = new HashSet<>(ids);
            for (String id : gone) {
                blocksOf.getOrDefault(id, List.of()).forEach(k -> filedUnder.get(k).remove(id));
                blocksOf.remove(id);
                component.remove(id);
            }
            links.values().removeIf(l -> gone.contains(l.a()) || gone.contains(l.b()));
        }

    }
}
