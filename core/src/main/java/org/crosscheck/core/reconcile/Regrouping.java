package org.crosscheck.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.core.reconcile.PropositionIndex.Link;

/**
 * Reconciliation against a store that keeps what the index knows (each mention's blocking keys, the links found
 * between mentions, the component each belongs to) so that nothing has to stay in memory between documents. For
 * each arrival only the part of the index it can touch is read back: the mentions filed under its blocking keys,
 * the whole components of those it links to, and the components their contradictions reach (whose groups name the
 * conflicts). Those are restored into a small {@link PropositionIndex}, the arrivals are added to it, and what
 * changed is filed back. The groups equal a full recompute whatever the order (RegroupingPropertyTest).
 */
public final class Regrouping {

    /** A stored mention and the component it belongs to. */
    public record Filed(Statement statement, String component) {
    }

    /** A mention filed for the first time (or again), with the blocking keys it is filed under. */
    public record Arrival(Statement statement, List<String> blocks) {
    }

    /** Where the index lives between documents. Reads see this transaction's own writes. */
    public interface Store {

        /** The filed mentions under any of these blocking keys. */
        Collection<Filed> filedUnder(Collection<String> blocks);

        /** Those of these mentions that are filed. */
        Collection<Filed> filed(Collection<String> ids);

        /** Every member of these components. */
        Collection<Filed> members(Collection<String> components);

        /** Every filed contradiction with an end among these mentions. */
        Collection<Link> contradictionsOf(Collection<String> ids);

        /** Every filed joining link (same, supports) with an end among these mentions. */
        Collection<Link> joiningAmong(Collection<String> ids);

        /** Files arriving mentions under their blocks, new links, and the components that changed. */
        void file(List<Arrival> arrivals, List<Link> links, Map<String, String> components);

        /** Unfiles mentions: their blocks, every link touching them and their component. */
        void forget(Collection<String> ids);
    }

    /** The part of the index read back, with the arrivals added, and the groups that changed (what to write back). */
    public record Outcome(PropositionIndex index, Set<String> groups) {
    }

    private final Store store;
    private final SamenessPolicy policy;

    public Regrouping(Store store, SamenessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** Adds arriving mentions (those already filed are left as they are), files what changed, and reports it. */
    /**
     * Refiles mentions whose statements changed (an editor merged or split who is who): their whole components are
     * unfiled and added again, the changed mentions as they read now, so links that no longer hold disappear. A
     * group outside that they used to contradict keeps its grouping (groups split only on contradictions inside
     * them); the conflict between them names one of the reported groups, so the store can withdraw it.
     */
    public Outcome refile(List<Statement> changed) {
        Map<String, Statement> now = new LinkedHashMap<>();
        changed.forEach(s -> now.put(s.id(), s));
        Set<String> components = new TreeSet<>();
        store.filed(now.keySet()).forEach(f -> components.add(f.component()));
        Map<String, Statement> again = new LinkedHashMap<>();
        store.members(components).forEach(f -> again.put(f.statement().id(), now.getOrDefault(f.statement().id(), f.statement())));
        now.forEach(again::putIfAbsent);
        store.forget(again.keySet());
        return add(new ArrayList<>(again.values()));
    }

    /** Adds arriving mentions (those already filed are left as they are), files what changed, and reports it. */
    public Outcome add(List<Statement> arriving) {
        Map<String, Statement> fresh = new LinkedHashMap<>();
        arriving.forEach(s -> fresh.putIfAbsent(s.id(), s));
        store.filed(fresh.keySet()).forEach(f -> fresh.remove(f.statement().id()));

        Set<String> lookup = new HashSet<>();
        fresh.values().forEach(s -> lookup.addAll(PropositionIndex.lookupBlocks(s)));
        // only the components of mentions an arrival links to (as the same, supporting or contradicting) can change:
        // the rest of what the blocks hold is compared and left, not read back whole
        Set<String> components = new TreeSet<>();
        for (Filed f : store.filedUnder(lookup)) {
            if (!components.contains(f.component()) && linksToAny(fresh.values(), f.statement())) {
                components.add(f.component());
            }
        }
        Map<String, Filed> loaded = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        load(components, loaded, links);
        // the components their contradictions reach name the conflicts, so they are read back too
        Set<String> reached = new HashSet<>();
        links.forEach(l -> {
            reached.add(l.a());
            reached.add(l.b());
        });
        reached.removeAll(loaded.keySet());
        Set<String> further = new TreeSet<>();
        store.filed(reached).forEach(f -> further.add(f.component()));
        further.removeAll(components);
        load(further, loaded, links);

        PropositionIndex index = new PropositionIndex(policy, store::joiningAmong);
        Map<String, List<Statement>> byComponent = new LinkedHashMap<>();
        loaded.values().forEach(f -> byComponent.computeIfAbsent(f.component(), k -> new ArrayList<>()).add(f.statement()));
        Map<String, List<Link>> linksByComponent = new HashMap<>();
        for (Link l : links) {
            for (String end : new TreeSet<>(List.of(l.a(), l.b()))) {
                Filed f = loaded.get(end);
                if (f != null) {
                    linksByComponent.computeIfAbsent(f.component(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        byComponent.forEach((component, members) -> index.restore(members, linksByComponent.getOrDefault(component, List.of())));

        Set<String> reported = new TreeSet<>();
        fresh.values().forEach(s -> reported.addAll(index.add(s)));
        // a group reported by one arrival may have joined another's since: each is named by a member, so ask again
        Set<String> groups = new TreeSet<>();
        reported.forEach(name -> groups.add(index.groupOf(name)));
        file(index, fresh, loaded);
        return new Outcome(index, groups);
    }

    private boolean linksToAny(Collection<Statement> arriving, Statement filed) {
        for (Statement s : arriving) {
            if (policy.compare(s, filed) != SamenessPolicy.Verdict.DIFFERENT) {
                return true;
            }
        }
        return false;
    }

    private void load(Set<String> components, Map<String, Filed> loaded, List<Link> links) {
        if (components.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Filed f : store.members(components)) {
            if (loaded.putIfAbsent(f.statement().id(), f) == null) {
                ids.add(f.statement().id());
            }
        }
        Set<Link> known = new HashSet<>(links);
        store.contradictionsOf(ids).forEach(l -> {
            if (known.add(l)) {
                links.add(l);
            }
        });
    }

    private void file(PropositionIndex index, Map<String, Statement> fresh, Map<String, Filed> loaded) {
        List<Arrival> arrivals = new ArrayList<>();
        fresh.values().forEach(s -> arrivals.add(new Arrival(s, PropositionIndex.filedBlocks(s))));
        List<Link> links = index.links().stream().filter(l -> fresh.containsKey(l.a()) || fresh.containsKey(l.b())).toList();
        Map<String, String> components = new HashMap<>();
        fresh.keySet().forEach(id -> components.put(id, index.componentOf(id)));
        loaded.forEach((id, f) -> {
            String now = index.componentOf(id);
            if (!now.equals(f.component())) {
                components.put(id, now);
            }
        });
        store.file(arrivals, links, components);
    }
}
