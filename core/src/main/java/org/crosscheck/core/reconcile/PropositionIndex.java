package org.crosscheck.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

    /** Where restored components' joining links are read when needed: a contradiction inside splits by them. */
    public interface StoredLinks {
        Collection<Link> joiningAmong(Collection<String> members);
    }

    private final SamenessPolicy policy;
    private final StoredLinks stored;
    private final Map<String, Statement> byId = new HashMap<>();
    private final Map<String, List<Statement>> byBlock = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Component> components = new HashMap<>();
    private final Map<String, List<Link>> contradictionsOf = new HashMap<>();

    /** Mentions joined by "same" or "supports", with those links and, cached, how they split into groups. */
    private static final class Component {
        List<String> members = new ArrayList<>();
        List<Link> joining = new ArrayList<>();
        /** Whether any member contradicts anything: only then may the component split into several groups. */
        boolean contradicts;
        /** Restored without the joining links among its members, which stay in the store until a split needs them. */
        boolean joiningStored;
        Split split;
    }

    /** How a component splits: each member's group, and each group's members in id order. */
    private record Split(Map<String, String> groupOf, Map<String, List<String>> membersOf) {
    }

    public PropositionIndex(SamenessPolicy policy) {
        this(policy, null);
    }

    /**
     * An index of restored components whose joining links are read from {@code stored} only when a component must
     * split: a proposition told by thousands of articles then costs its members, not every pair of them.
     */
    public PropositionIndex(SamenessPolicy policy, StoredLinks stored) {
        this.policy = policy;
        this.stored = stored;
    }

    /**
     * Adds a mention (adding the same span of the same document again changes nothing), links it to the mentions
     * it matches, and returns the groups it touched, each named by its smallest member id: what an editor's view
     * or a store must refresh. Nothing else changes.
     */
    public Set<String> add(Statement statement) {
        Set<String> groups = new java.util.TreeSet<>();
        for (String root : file(statement)) {
            Component c = components.get(root);
            if (c.contradicts) {
                groups.addAll(groupsOf(root).values());
            } else {
                groups.add(root); // one group, named by its root: nothing to recompute
            }
        }
        return groups;
    }

    /**
     * Adds a mention as {@link #add} does without naming the groups it touched: a whole corpus filed this way
     * splits each component into groups once, when they are asked for, instead of once per mention that touches it.
     */
    public void addQuietly(Statement statement) {
        file(statement);
    }

    /** Files and links a mention; the roots of the components it touched (none if it was there already). */
    private Set<String> file(Statement statement) {
        String id = statement.id();
        if (byId.putIfAbsent(id, statement) != null) {
            return Set.of();
        }
        parent.put(id, id);
        Component own = new Component();
        own.members.add(id);
        components.put(id, own);
        // candidates in the order their blocks list them, each once; told apart by identity, as a statement's own
        // hash runs over all of its sets and every candidate was filed as one object
        List<Statement> candidates = new ArrayList<>();
        Set<Statement> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> blocks = filedBlocks(statement);
        for (String block : lookupBlocks(statement)) {
            for (Statement candidate : byBlock.getOrDefault(block, List.of())) {
                if (seen.add(candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        Set<String> touched = new HashSet<>();
        for (Statement other : candidates) {
            SamenessPolicy.Verdict verdict = policy.compare(statement, other);
            if (verdict == SamenessPolicy.Verdict.DIFFERENT) {
                continue;
            }
            boolean first = id.compareTo(other.id()) < 0;
            Link link = new Link(first ? id : other.id(), first ? other.id() : id, verdict);
            if (joins(verdict)) {
                union(id, other.id()).joining.add(link);
            } else {
                contradictionsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(link);
                contradictionsOf.computeIfAbsent(other.id(), k -> new ArrayList<>()).add(link);
                components.get(root(id)).contradicts = true;
                components.get(root(other.id())).contradicts = true;
                touched.add(other.id());
            }
        }
        for (String block : blocks) {
            byBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(statement);
        }
        touched.add(id);
        Set<String> roots = new HashSet<>();
        touched.forEach(t -> roots.add(root(t)));
        roots.forEach(root -> components.get(root).split = null);
        return roots;
    }

    public int size() {
        return byId.size();
    }

    /**
     * Puts back one component as a store kept it, without comparing anything again: all its members and every
     * link that touches them (with {@link StoredLinks}, the contradictions only: joining links are read on demand) (a contradiction may reach a mention outside, which need not be here). Afterwards
     * the component answers exactly as if its members had been added one by one.
     */
    public void restore(Collection<Statement> members, Collection<Link> links) {
        Set<String> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        String root = ids.stream().min(String::compareTo).orElseThrow(() -> new IllegalArgumentException("a component has members"));
        Component c = new Component();
        for (Statement m : members) {
            if (byId.putIfAbsent(m.id(), m) != null) {
                throw new IllegalStateException("mention " + m.id() + " is already indexed");
            }
            parent.put(m.id(), root);
            c.members.add(m.id());
            for (String block : filedBlocks(m)) {
                byBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(m);
            }
        }
        for (Link l : new LinkedHashSet<>(links)) {
            boolean fromA = ids.contains(l.a());
            boolean fromB = ids.contains(l.b());
            if (!fromA && !fromB) {
                continue; // another component's
            }
            if (joins(l.verdict())) {
                if (!fromA || !fromB) {
                    throw new IllegalStateException("a joining link leaves its component: " + l);
                }
                c.joining.add(l);
            } else {
                c.contradicts = true;
                if (fromA) {
                    contradictionsOf.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
                }
                if (fromB) {
                    contradictionsOf.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        c.joiningStored = stored != null;
        components.put(root, c);
    }

    /** The component a mention belongs to (mentions joined by "same" or "supports"), named by its smallest id. */
    public String componentOf(String statementId) {
        return root(statementId);
    }

    /** Every group of mentions; groups and members in id order. */
    public List<List<Statement>> groups() {
        Map<String, List<Statement>> byGroup = new TreeMap<>();
        for (Map.Entry<String, Component> entry : components.entrySet()) {
            if (entry.getValue().contradicts) {
                groupsOf(entry.getKey()).forEach((id, group) -> byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(byId.get(id)));
            } else {
                List<Statement> all = byGroup.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
                entry.getValue().members.forEach(id -> all.add(byId.get(id)));
            }
        }
        List<List<Statement>> out = new ArrayList<>();
        for (List<Statement> group : byGroup.values()) {
            group.sort((x, y) -> x.id().compareTo(y.id()));
            out.add(group);
        }
        return out;
    }

    /** The group a mention belongs to, named by its smallest member id. */
    public String groupOf(String statementId) {
        String root = root(statementId);
        return components.get(root).contradicts ? groupsOf(root).get(statementId) : root;
    }

    /** The mentions of the group named {@code group}, in id order. */
    public List<Statement> members(String group) {
        String root = root(group);
        Component c = components.get(root);
        List<String> ids;
        if (!c.contradicts) {
            ids = new ArrayList<>(c.members);
            ids.sort(String::compareTo);
        } else {
            ids = splitOf(root).membersOf().getOrDefault(group, List.of());
        }
        List<Statement> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(byId.get(id)));
        return out;
    }

    /** Every link, joining or contradicting, in id order. */
    public List<Link> links() {
        Set<Link> all = new HashSet<>(); // a contradiction is listed under both its mentions
        components.values().forEach(c -> all.addAll(c.joining));
        contradictionsOf.values().forEach(all::addAll);
        return inIdOrder(all);
    }

    /**
     * Every link that does not join (contradictions, distinct events, updates), in id order: what conflicts are read
     * from. A proposition told a thousand times has a great many joining links and none of these.
     */
    public List<Link> contradictions() {
        Set<Link> all = new HashSet<>(); // listed under both its mentions
        contradictionsOf.values().forEach(all::addAll);
        return inIdOrder(all);
    }

    private static List<Link> inIdOrder(Collection<Link> links) {
        List<Link> out = new ArrayList<>(links);
        out.sort(java.util.Comparator.comparing(Link::a).thenComparing(Link::b));
        return out;
    }

    /** The contradicting links that reach into any of {@code groups}: what a refresh of those groups must recheck. */
    public List<Link> contradictionsTouching(Set<String> groups) {
        Map<String, Link> out = new TreeMap<>();
        for (String group : groups) {
            for (Statement member : members(group)) {
                contradictionsOf.getOrDefault(member.id(), List.of()).forEach(l -> out.put(l.a() + "|" + l.b(), l));
            }
        }
        return List.copyOf(out.values());
    }

    public Statement statement(String id) {
        return byId.get(id);
    }

    static boolean joins(SamenessPolicy.Verdict verdict) {
        return verdict == SamenessPolicy.Verdict.SAME || verdict == SamenessPolicy.Verdict.SUPPORTS;
    }

    /**
     * How one component's mentions form groups. Linked mentions form a group, except that an undated (or
     * uncounted) mention linked to both sides of a contradiction does not make the two sides one proposition: a
     * component with a contradiction inside is split into its agreeing parts, and a mention without the value
     * joins a part only when it links to that part alone. Computed from the links alone, so it does not depend
     * on arrival order either. Kept until a mention joins or touches the component.
     */
    private Split splitOf(String root) {
        Component c = components.get(root);
        if (c.split == null) {
            List<String> members = new ArrayList<>(c.members);
            members.sort(String::compareTo);
            Set<String> inside = new HashSet<>(members);
            if (c.joiningStored) {
                Set<Link> known = new HashSet<>(c.joining);
                stored.joiningAmong(members).stream().filter(known::add).forEach(c.joining::add);
                c.joiningStored = false;
            }
            List<Link> links = new ArrayList<>(c.joining);
            for (String m : members) {
                for (Link l : contradictionsOf.getOrDefault(m, List.of())) {
                    if (l.a().equals(m) && inside.contains(l.b())) {
                        links.add(l);
                    }
                }
            }
            Map<String, String> groupOf = refine(members, links);
            Map<String, List<String>> membersOf = new HashMap<>();
            for (String m : members) { // members are in id order, so each group's list is too
                membersOf.computeIfAbsent(groupOf.get(m), k -> new ArrayList<>()).add(m);
            }
            c.split = new Split(groupOf, membersOf);
        }
        return c.split;
    }

    /** Each member's group, named by its smallest member id. */
    private Map<String, String> groupsOf(String root) {
        return splitOf(root).groupOf();
    }

    private Map<String, String> refine(List<String> members, List<Link> links) {
        Set<SamenessPolicy.Verdict> clashes = new java.util.HashSet<>();
        links.stream().map(Link::verdict).filter(v -> keptApart(v) || v == SamenessPolicy.Verdict.UPDATES).forEach(clashes::add);
        Map<String, String> group = new HashMap<>();
        members.forEach(m -> group.put(m, members.get(0)));
        if (clashes.isEmpty()) {
            return group;
        }
        boolean byDate = clashes.contains(SamenessPolicy.Verdict.DATE_CONTRADICTS) || clashes.contains(SamenessPolicy.Verdict.DISTINCT);
        java.util.function.Predicate<String> valued = id -> byDate
                && byId.get(id).date() != null || (clashes.contains(SamenessPolicy.Verdict.NUMBER_CONTRADICTS)
                || clashes.contains(SamenessPolicy.Verdict.UPDATES)) && byId.get(id).quantity() != null;
        Map<String, String> part = new HashMap<>();
        members.forEach(m -> part.put(m, m));
        List<Link> joining = links.stream().filter(l -> l.verdict() == SamenessPolicy.Verdict.SAME
                || l.verdict() == SamenessPolicy.Verdict.SUPPORTS).toList();
        // Two mentions that contradict each other are never carried into one part by a third that agrees with both
        // ("at least 23 dead" agrees with 31 and with 37): links between equal values join first, then the rest in id
        // order, each only if it joins no part to a part it contradicts. The order is fixed by the links themselves,
        // so the groups do not depend on the order the mentions came in.
        Map<String, Set<String>> contradicting = new HashMap<>();
        for (Link l : links) {
            if (keptApart(l.verdict())) {
                contradicting.computeIfAbsent(l.a(), k -> new HashSet<>()).add(l.b());
                contradicting.computeIfAbsent(l.b(), k -> new HashSet<>()).add(l.a());
            }
        }
        List<Link> ordered = joining;
        if (!contradicting.isEmpty()) {
            // each link's value test made once, not once per comparison: a large component has many links
            java.util.Comparator<Link> byIds = java.util.Comparator.comparing(Link::a).thenComparing(Link::b);
            Map<Boolean, List<Link>> bySameValue = joining.stream().collect(java.util.stream.Collectors.partitioningBy(this::sameValue));
            ordered = new ArrayList<>(bySameValue.get(true));
            ordered.sort(byIds);
            List<Link> rest = new ArrayList<>(bySameValue.get(false));
            rest.sort(byIds);
            ordered.addAll(rest);
        }
        Map<String, Set<String>> membersOfPart = new HashMap<>();
        for (Link l : ordered) {
            if (valued.test(l.a()) == valued.test(l.b()) && !apart(part, membersOfPart, contradicting, l.a(), l.b())) {
                joinKeeping(part, membersOfPart, l.a(), l.b());
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

    /** Verdicts that keep two mentions in different groups of one component: misdated, miscounted, or two events. */
    private static boolean keptApart(SamenessPolicy.Verdict v) {
        return v == SamenessPolicy.Verdict.DATE_CONTRADICTS || v == SamenessPolicy.Verdict.NUMBER_CONTRADICTS
                || v == SamenessPolicy.Verdict.DISTINCT;
    }

    /** Whether both mentions of a link state the same value: the surest joins, made first. */
    private boolean sameValue(Link l) {
        Statement a = byId.get(l.a());
        Statement b = byId.get(l.b());
        boolean figures = a.quantity() == null && b.quantity() == null || a.quantity() != null && b.quantity() != null
                && a.quantity().lower() == b.quantity().lower() && a.quantity().upper() == b.quantity().upper();
        return figures && java.util.Objects.equals(a.date(), b.date());
    }

    /** Whether the parts of {@code x} and {@code y} hold two mentions that contradict each other. */
    private static boolean apart(Map<String, String> part, Map<String, Set<String>> membersOfPart, Map<String, Set<String>> contradicting,
                                 String x, String y) {
        if (contradicting.isEmpty()) {
            return false;
        }
        String rx = find(part, x);
        String ry = find(part, y);
        if (rx.equals(ry)) {
            return false;
        }
        Set<String> xs = membersOfPart.getOrDefault(rx, Set.of(rx));
        Set<String> ys = membersOfPart.getOrDefault(ry, Set.of(ry));
        Set<String> small = xs.size() <= ys.size() ? xs : ys;
        Set<String> large = small == xs ? ys : xs;
        for (String m : small) {
            for (String other : contradicting.getOrDefault(m, Set.of())) {
                if (large.contains(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Joins two parts, keeping each part's members for {@link #apart}. */
    private static void joinKeeping(Map<String, String> part, Map<String, Set<String>> membersOfPart, String x, String y) {
        String rx = find(part, x);
        String ry = find(part, y);
        if (rx.equals(ry)) {
            return;
        }
        Set<String> xs = membersOfPart.computeIfAbsent(rx, k -> new HashSet<>(Set.of(k)));
        Set<String> ys = membersOfPart.computeIfAbsent(ry, k -> new HashSet<>(Set.of(k)));
        join(part, x, y);
        String root = find(part, x);
        Set<String> all = xs.size() >= ys.size() ? xs : ys;
        all.addAll(all == xs ? ys : xs);
        membersOfPart.remove(rx);
        membersOfPart.remove(ry);
        membersOfPart.put(root, all);
    }

    private static String find(Map<String, String> part, String id) {
        String r = id;
        while (!part.get(r).equals(r)) {
            r = part.get(r);
        }
        String at = id;
        while (!at.equals(r)) { // path compression: the next find is one step
            String next = part.get(at);
            part.put(at, r);
            at = next;
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

    /**
     * Where to look for mentions that might state the same thing: predicate with each actor and participant,
     * the rivalry/backing key for each actor, or the wording key when the verb has no class.
     */
    static List<String> blocks(Statement s, boolean filed) {
        if (SamenessPolicy.saying(s)) {
            return sayingBlocks(s);
        }
        if (SamenessPolicy.figure(s)) {
            return figureBlocks(s);
        }
        List<String> blocks = new ArrayList<>(wordingBlocks(s, filed));
        blocks.addAll(storyBlocks(s, 0));
        blocks.addAll(sumBlocks(s));
        if (s.predicate() == null) {
            return blocks;
        }
        for (String p : s.participants()) {
            participantBlocks(blocks, s.predicate() + "|p|" + p, s, filed);
        }
        for (String place : s.places()) {
            if (!s.participants().contains(place)) {
                // sharing only a place, two acts are one only in touch (SamenessPolicy#inTouch); two demands always;
                // across stories (by the year of their dates) only when one actor did both
                inTouchBlocks(blocks, s.predicate() + "|p|" + place, s, filed, s.demanded(), true);
            }
        }
        if (s.named().isEmpty() || !s.demanded()) {
            // the same actor's act is the same only within one story: with nothing named, or whatever else each names
            // when it is a deed, not a demand (SamenessPolicy#sameActorsDeed); filed where and when it is told
            for (String a : s.actors()) {
                for (String place : storyPlaces(s, true)) {
                    for (String week : weeks(s, filed)) {
                        blocks.add(s.predicate() + "|a|" + a + "|" + place + "|" + week);
                    }
                }
            }
        }
        if (SamenessPolicy.BACKING.equals(s.predicate())) {
            for (String a : s.hasActor() ? s.actors() : s.named()) {
                blocks.add("backer|" + a);
            }
        }
        return blocks;
    }

    /**
     * Acts done to one party ("visit | p | Peru's police") are compared by who did them: two acts that each name who
     * did them are one only when they share a doer, or when both are demands (SamenessPolicy: compatible actors), so an
     * act with doers is filed under each doer, and one without under "unacted". An act with doers looks under its
     * doers and "unacted"; one without looks at every act done to the party ("acted" and "unacted"). Without this a
     * party many people act on (a country's police, visited by each story's police chief) was read back, whole, by
     * every act done to it.
     */
    private static void participantBlocks(List<String> blocks, String key, Statement s, boolean filed) {
        if (!s.hasActor()) {
            blocks.add(key + "|unacted");
            if (!filed) {
                blocks.add(key + "|acted");
            }
            return;
        }
        s.actors().forEach(actor -> blocks.add(key + "|a:" + actor));
        blocks.add(key + (filed ? "|acted" : "|unacted"));
        if (s.demanded()) {
            // a demand supports another's demand about the same parties, whoever makes it
            blocks.add(key + "|demanded");
        }
    }

    /** What a speaker said is compared with what the same speaker said where the same story is told. */
    private static List<String> sayingBlocks(Statement s) {
        List<String> blocks = new ArrayList<>();
        for (String speaker : s.actors()) {
            for (String place : storyPlaces(s, true)) {
                blocks.add(SamenessPolicy.SAYING + "|" + speaker + "|" + place);
            }
        }
        return blocks;
    }

    /**
     * A figure told inside a longer claim is compared with figures of the same measure where the same story is told:
     * by measure, not value, since "more than 4,000 hectares" agrees with "4,300 hectares".
     */
    private static List<String> figureBlocks(Statement s) {
        List<String> blocks = new ArrayList<>();
        String measure = s.quantity().currency().isEmpty() ? s.quantity().measureKey() : s.quantity().currency();
        for (String place : storyPlaces(s, true)) {
            blocks.add(SamenessPolicy.FIGURE + "|" + measure + "|" + place);
        }
        // and a sum with short claims of the same sum (SamenessPolicy#sameSum)
        blocks.addAll(sumBlocks(s));
        return blocks;
    }

    /** A sum of money is compared with sums of its currency and value where the same story is told (SamenessPolicy#sameSum). */
    private static List<String> sumBlocks(Statement s) {
        List<String> blocks = new ArrayList<>();
        if (s.quantity() == null || s.quantity().currency().isEmpty() || s.quantity().lower() < SamenessPolicy.DISTINCT_SUM) {
            return blocks;
        }
        for (String place : storyPlaces(s, true)) {
            blocks.add("sum|" + s.quantity().currency() + "|" + s.quantity().lower() + "|" + place);
        }
        return blocks;
    }

    /** Names the blocking keys below: a store filed under other names must file again. */
    public static final String BLOCKS = "blocks-16";

    /**
     * Files (or looks up) a key that joins acts only when they are in touch (SamenessPolicy#inTouch): under the week
     * its article appeared and each year its date spans, looked up in the story's weeks around and the years either
     * side. So an arrival reads what is close to it in time, not every act of its actor or country in the archive. A
     * standing (or, with {@code always}, a demand) holds however far apart it is told: it is also filed and looked up
     * under the key alone. With {@code yearsByActor}, the years are filed under each actor and not at all for an act
     * nobody is named doing: acts that share only a place meet across stories only when one actor did both
     * (SamenessPolicy#aboutTheSame), so "visit | Mongolia | 2023" does not gather every visit to Mongolia that year.
     */
    private static void inTouchBlocks(List<String> blocks, String key, Statement s, boolean filed, boolean always, boolean yearsByActor) {
        if (always || SamenessPolicy.standing(s)) {
            blocks.add(key);
        }
        weeks(s, filed).forEach(week -> blocks.add(key + "|" + week));
        if (s.date() != null) {
            int first = s.date().first().getYear();
            int last = s.date().last().getYear();
            if (last - first < YEARS_ONE_DATE_SPANS) {
                int reach = filed ? 0 : 1;
                List<String> keys = yearsByActor ? s.actors().stream().map(actor -> key + "|a:" + actor).toList() : List.of(key);
                for (int year = first - reach; year <= last + reach; year++) {
                    for (String k : keys) {
                        blocks.add(k + "|y" + year);
                    }
                }
            }
        }
    }

    /** Most years a date may span and still be placed in time by year: a decade ("in the 2010s"). */
    private static final int YEARS_ONE_DATE_SPANS = 10;

    /**
     * The week an article appeared, or the weeks of its story around it for a lookup (SamenessPolicy#withinStoryWindow).
     * An article without a date may belong to any story (an undated copy of a wire story): it is filed as undated,
     * where every lookup also looks, and looks in "any week", where every dated mention is also filed.
     */
    private static List<String> weeks(Statement s, boolean filed) {
        if (s.published() == null) {
            return filed ? List.of("w" + UNDATED) : List.of("w" + UNDATED, "w" + ANY_WEEK);
        }
        long week = week(s);
        List<String> out = new ArrayList<>();
        int reach = filed ? 0 : STORY_WEEKS;
        for (long w = week - reach; w <= week + reach; w++) {
            out.add("w" + w);
        }
        out.add("w" + (filed ? ANY_WEEK : UNDATED));
        return out;
    }

    /**
     * The blocking keys a mention is filed under: where later mentions will look for it. A dated share, sum or margin
     * of a named thing ("turnout of 64%", "640,000 euros in bribes") is also filed under "any week", where only undated
     * articles look: an undated article may belong to any story, and such a figure is specific enough to meet across
     * weeks without joining what it should not.
     */
    public static List<String> filedBlocks(Statement s) {
        List<String> blocks = blocks(s, true);
        if (s.published() != null && specific(s)) {
            blocks.addAll(storyBlocks(s, ANY_WEEK));
        }
        return blocks;
    }

    private static final String ANY_WEEK = "any";
    private static final String UNDATED = "undated";

    /** Shares, sums and margins of a named thing: counts of people change from day to day, so they stay in their weeks. */
    private static boolean specific(Statement s) {
        return s.quantity() != null && (s.quantity().isShare() || s.quantity().isSumOf()
                || org.crosscheck.core.normalise.Quantity.MARGIN.equals(s.quantity().measure()));
    }

    /**
     * The same wording ("talks | resume | pilots") is one act only between compatible actors (SamenessPolicy): one
     * that names an actor is filed under each actor, so it is not compared with every other actor's. Between other
     * actors, or with nobody named, the same words are one act only within one story, so those are filed under the
     * places the story is told in, or under "nowhere" when nothing says where: a wording many stories repeat ("the
     * two governments signed") is compared within a place, not across the archive. Not by week, so that an undated
     * copy still meets its dated original. Filed and looked up differently: one without an actor meets those that
     * may have any.
     */
    private static List<String> wordingBlocks(Statement s, boolean filed) {
        List<String> blocks = new ArrayList<>();
        if (s.key().isBlank() || SamenessPolicy.saying(s) || SamenessPolicy.figure(s)) {
            return blocks;
        }
        String key = "key|" + s.key() + "|";
        s.actors().forEach(actor -> inTouchBlocks(blocks, key + "actor:" + actor, s, filed, false, false));
        List<String> kinds = new ArrayList<>();
        if (!s.agentive()) {
            if (s.hasActor()) {
                kinds.add(filed ? "open" : "bare");
            } else {
                kinds.add("bare");
                if (!filed) {
                    kinds.add("open");
                }
            }
        }
        if (s.demanded()) {
            kinds.add("demand");
        }
        for (String place : storyPlaces(s, true)) {
            kinds.forEach(kind -> blocks.add(key + kind + "|" + place));
        }
        return blocks;
    }

    /**
     * Where a mention's story is told (SamenessPolicy.sameStory): what it names and where its article is set; with
     * {@code nowhere}, "nowhere" for a mention that names no place and whose article is set nowhere.
     */
    private static Set<String> storyPlaces(Statement s, boolean nowhere) {
        Set<String> story = new java.util.TreeSet<>(s.setting());
        story.addAll(s.named());
        if (nowhere && SamenessPolicy.placeless(s)) {
            story.add("nowhere");
        }
        return story;
    }

    /** Where to look for the mentions a new one must be compared with: its own blocks and its story's nearby weeks. */
    public static Set<String> lookupBlocks(Statement s) {
        Set<String> out = new LinkedHashSet<>(blocks(s, false));
        for (int week = -STORY_WEEKS; week <= STORY_WEEKS; week++) {
            if (week != 0) {
                out.addAll(storyBlocks(s, week));
            }
        }
        if (specific(s)) {
            // an undated article's specific figures meet those of any week, and a dated article's meet the undated
            out.addAll(storyBlocks(s, s.published() == null ? ANY_WEEK : UNDATED));
        }
        return out;
    }

    /** The week an article appeared, counted from the epoch: the unit of a story's time. */
    private static long week(Statement s) {
        return Math.floorDiv(s.published().toEpochDay(), 7);
    }

    /** Weeks either side of an article's own in which its story's other articles are looked for. */
    private static final int STORY_WEEKS = (SamenessPolicy.STORY_WINDOW_DAYS + 6) / 7;

    /**
     * Counts and unattributed happenings are compared within their story: the places it is set in, in the week the
     * article appeared ({@code weekOffset} weeks away, for the lookup); undated articles form a story week of their own.
     */
    static List<String> storyBlocks(Statement s, int weekOffset) {
        List<String> blocks = new ArrayList<>();
        if (s.published() == null && weekOffset != 0) {
            return blocks;
        }
        return storyBlocks(s, s.published() == null ? UNDATED : Long.toString(week(s) + weekOffset));
    }

    private static List<String> storyBlocks(Statement s, String week) {
        List<String> blocks = new ArrayList<>();
        Set<String> story = storyPlaces(s, false);
        if (s.quantity() != null && !s.quantity().countedKind().isEmpty()) {
            // a bare count ("150 Hungarian rescuers") is compared with counts of its measure in the same story
            for (String place : story) {
                blocks.add("count|" + s.quantity().countedKind() + "|" + place + "|" + week);
            }
        }
        if (SamenessPolicy.exactCount(s)) {
            // an exact count of hundreds is compared with the same count in any story of its weeks
            blocks.add("exact|" + s.quantity().countedKind() + "|" + (long) s.quantity().lower() + "|" + week);
        }
        // an act defined by what it is done to is compared within its story, whether or not it says who did it
        if (s.predicate() != null && (s.quantity() != null || !s.agentive())) {
            for (String place : story) {
                blocks.add(s.predicate() + "|s|" + place + "|" + week);
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

    /** Joins the components of two mentions; the smaller id stays the root, so roots never depend on order. */
    private Component union(String x, String y) {
        String rx = root(x);
        String ry = root(y);
        if (rx.equals(ry)) {
            Component same = components.get(rx);
            same.split = null;
            return same;
        }
        String keep = rx.compareTo(ry) < 0 ? rx : ry;
        String gone = keep.equals(rx) ? ry : rx;
        parent.put(gone, keep);
        Component kept = components.get(keep);
        Component merged = components.remove(gone);
        if (merged.members.size() > kept.members.size()) { // the smaller list is copied, so a growing component costs its newcomers
            List<String> members = merged.members;
            merged.members = kept.members;
            kept.members = members;
        }
        if (merged.joining.size() > kept.joining.size()) {
            List<Link> joining = merged.joining;
            merged.joining = kept.joining;
            kept.joining = joining;
        }
        kept.members.addAll(merged.members);
        kept.joining.addAll(merged.joining);
        kept.contradicts |= merged.contradicts;
        kept.joiningStored |= merged.joiningStored;
        kept.split = null;
        return kept;
    }
}
