package org.crosscheck.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Claim mentions grouped into propositions as they arrive. A new mention is compared only with the mentions that
 * share one of its blocking keys (predicate class with an actor or participant, or its wording key), never with
 * everything stored; the rules of {@link SamenessPolicy} are symmetric, so the groups equal a full recompute
 * whatever the order of arrival (PropositionIndexPropertyTest).
 *
 * <p>Groups are the connected mentions under "same" and "supports"; contradictions are kept as typed links
 * between mentions and become conflicts.
 */
public final class PropositionIndex {

    /** A typed link between two mentions, by their ids; {@code a} sorts before {@code b}. */
    public record Link(String a, String b, SamenessPolicy.Verdict verdict) {
    }

    private final SamenessPolicy policy;
    private final Map<String, Statement> byId = new HashMap<>();
    private final Map<String, List<Statement>> byBlock = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Link> links = new TreeMap<>();
    /** Groups as last computed; dropped whenever a mention arrives. */
    private Map<String, String> partition;

    public PropositionIndex(SamenessPolicy policy) {
        this.policy = policy;
    }

    /** Adds a mention (again adding the same span of the same document changes nothing) and links it. */
    public void add(Statement statement) {
        String id = statement.id();
        if (byId.putIfAbsent(id, statement) != null) {
            return;
        }
        parent.put(id, id);
        partition = null;
        Set<Statement> candidates = new LinkedHashSet<>();
        List<String> blocks = blocks(statement);
        for (String block : blocks) {
            candidates.addAll(byBlock.getOrDefault(block, List.of()));
        }
        for (Statement other : candidates) {
            SamenessPolicy.Verdict verdict = policy.compare(statement, other);
            if (verdict == SamenessPolicy.Verdict.DIFFERENT) {
                continue;
            }
            boolean first = id.compareTo(other.id()) < 0;
            Link link = new Link(first ? id : other.id(), first ? other.id() : id, verdict);
            links.put(link.a() + "|" + link.b(), link);
            if (verdict == SamenessPolicy.Verdict.SAME || verdict == SamenessPolicy.Verdict.SUPPORTS) {
                union(id, other.id());
            }
        }
        for (String block : blocks) {
            byBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(statement);
        }
    }

    public int size() {
        return byId.size();
    }

    /** Every group of mentions; groups and members in id order. */
    public List<List<Statement>> groups() {
        Map<String, List<Statement>> byGroup = new TreeMap<>();
        partition().forEach((id, group) -> byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(byId.get(id)));
        List<List<Statement>> out = new ArrayList<>(byGroup.values());
        out.sort((x, y) -> x.get(0).id().compareTo(y.get(0).id()));
        return out;
    }

    /** The group a mention belongs to, named by its smallest member id. */
    public String groupOf(String statementId) {
        return partition().get(statementId);
    }

    /** The mentions of the group named {@code group}, in id order. */
    public List<Statement> members(String group) {
        List<Statement> out = new ArrayList<>();
        partition().forEach((id, g) -> {
            if (g.equals(group)) {
                out.add(byId.get(id));
            }
        });
        return out;
    }

    /**
     * Mentions by group. Linked mentions form a group, except that an undated (or uncounted) mention linked to both
     * sides of a contradiction does not make the two sides one proposition: a group with a contradiction inside is
     * split into its agreeing parts, and a mention without the value joins a part only when it links to that part
     * alone. Computed from the links alone, so it does not depend on arrival order either.
     */
    private Map<String, String> partition() {
        if (partition != null) {
            return partition;
        }
        Map<String, List<String>> components = new TreeMap<>();
        for (String id : new java.util.TreeSet<>(byId.keySet())) {
            components.computeIfAbsent(root(id), k -> new ArrayList<>()).add(id);
        }
        Map<String, List<Link>> inside = new HashMap<>();
        for (Link link : links.values()) {
            inside.computeIfAbsent(root(link.a()), k -> new ArrayList<>()).add(link);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        components.forEach((root, members) -> out.putAll(refine(members, inside.getOrDefault(root, List.of()))));
        partition = out;
        return out;
    }

    private Map<String, String> refine(List<String> members, List<Link> links) {
        Set<SamenessPolicy.Verdict> clashes = new java.util.HashSet<>();
        links.stream().map(Link::verdict).filter(v -> v == SamenessPolicy.Verdict.DATE_CONTRADICTS
                || v == SamenessPolicy.Verdict.NUMBER_CONTRADICTS).forEach(clashes::add);
        Map<String, String> group = new HashMap<>();
        members.forEach(m -> group.put(m, members.get(0)));
        if (clashes.isEmpty()) {
            return group;
        }
        java.util.function.Predicate<String> valued = id -> clashes.contains(SamenessPolicy.Verdict.DATE_CONTRADICTS)
                && byId.get(id).date() != null || clashes.contains(SamenessPolicy.Verdict.NUMBER_CONTRADICTS) && byId.get(id).quantity() != null;
        Map<String, String> part = new HashMap<>();
        members.forEach(m -> part.put(m, m));
        List<Link> joining = links.stream().filter(l -> l.verdict() == SamenessPolicy.Verdict.SAME
                || l.verdict() == SamenessPolicy.Verdict.SUPPORTS).toList();
        for (Link l : joining) {
            if (valued.test(l.a()) == valued.test(l.b())) {
                join(part, l.a(), l.b());
            }
        }
        // A part without values joins the one valued part it links to, if there is exactly one.
        Map<String, Set<String>> reaches = new HashMap<>();
        for (Link l : joining) {
            if (valued.test(l.a()) != valued.test(l.b())) {
                String bare = valued.test(l.a()) ? l.b() : l.a();
                String dated = valued.test(l.a()) ? l.a() : l.b();
                reaches.computeIfAbsent(find(part, bare), k -> new java.util.TreeSet<>()).add(find(part, dated));
            }
        }
        reaches.forEach((bare, parts) -> {
            if (parts.size() == 1) {
                join(part, bare, parts.iterator().next());
            }
        });
        Map<String, String> smallest = new HashMap<>();
        for (String m : members) {
            smallest.merge(find(part, m), m, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        members.forEach(m -> group.put(m, smallest.get(find(part, m))));
        return group;
    }

    private static String find(Map<String, String> part, String id) {
        String r = id;
        while (!part.get(r).equals(r)) {
            r = part.get(r);
        }
        return r;
    }

    private static void join(Map<String, String> part, String x, String y) {
        String rx = find(part, x);
        String ry = find(part, y);
        if (!rx.equals(ry)) {
            part.put(rx.compareTo(ry) < 0 ? ry : rx, rx.compareTo(ry) < 0 ? rx : ry);
        }
    }

    public List<Link> links() {
        return List.copyOf(links.values());
    }

    public Statement statement(String id) {
        return byId.get(id);
    }

    /**
     * Where to look for mentions that might state the same thing: predicate with each actor and participant,
     * the rivalry/backing key for each actor, or the wording key when the verb has no class.
     */
    static List<String> blocks(Statement s) {
        List<String> blocks = new ArrayList<>();
        if (!s.key().isBlank()) {
            blocks.add("key|" + s.key());
        }
        if (s.quantity() != null && !s.quantity().measureKey().isEmpty()) {
            // a bare count ("150 Hungarian rescuers") is compared with counts of its measure in the same story
            for (String place : s.setting()) {
                blocks.add("count|" + s.quantity().measureKey() + "|" + place);
            }
        }
        if (s.predicate() == null) {
            return blocks;
        }
        for (String p : s.named()) {
            blocks.add(s.predicate() + "|p|" + p);
        }
        if (s.named().isEmpty()) {
            for (String a : s.actors()) {
                blocks.add(s.predicate() + "|a|" + a);
            }
        }
        if (s.quantity() != null || !s.agentive() && !s.hasActor()) {
            // counts and unattributed happenings are compared within the story: the places it is set in
            for (String place : s.setting()) {
                blocks.add(s.predicate() + "|s|" + place);
            }
        }
        if (SamenessPolicy.BACKING.equals(s.predicate())) {
            for (String a : s.hasActor() ? s.actors() : s.named()) {
                blocks.add("backer|" + a);
            }
        }
        return blocks;
    }

    private String root(String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        String at = id;
        while (!parent.get(at).equals(r)) {
            String next = parent.get(at);
            parent.put(at, r);
            at = next;
        }
        return r;
    }

    private void union(String x, String y) {
        String rx = root(x);
        String ry = root(y);
        if (!rx.equals(ry)) {
            // The smaller id becomes the root, so a group's root never depends on arrival order.
            if (rx.compareTo(ry) < 0) {
                parent.put(ry, rx);
            } else {
                parent.put(rx, ry);
            }
        }
    }
}
