package org.crosscheck.core.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.SamenessPolicy.Verdict;
import org.crosscheck.core.reconcile.Statement;

/**
 * Date and number conflicts: mentions that would state one proposition but for their normalised date (an event
 * on incompatible dates) or figure (incompatible counts of one measure). Dates count as incompatible only when
 * the periods they allow do not meet ("early January 2020" and "January 2020" agree); figures only beyond what
 * their qualifiers and rounding allow ("more than 50,000" and "50,000" agree). Both change what readers are told
 * happened, so both are HIGH.
 */
public final class ClaimConflicts {

    /** Where a mention's date is told, when known: the side of a date conflict shown to editors. */
    private final Function<String, java.util.Optional<org.crosscheck.core.text.Span>> dateSides;

    /** Where a mention's figure is told with who and what, when known: the side of a number conflict over a sum. */
    private final Function<String, java.util.Optional<org.crosscheck.core.text.Span>> figureSides;

    /** Date conflicts show each side's whole clause. */
    public ClaimConflicts() {
        this(id -> java.util.Optional.empty(), id -> java.util.Optional.empty());
    }

    /**
     * @param dateSides   given a statement id, the words that tell its date ("detained two days ago"), when known
     * @param figureSides given a statement id, the words that tell its sum with who and what ("The Region of Thessaly
     *                    fined Kyanos €30,000"), when known
     */
    public ClaimConflicts(Function<String, java.util.Optional<org.crosscheck.core.text.Span>> dateSides,
                          Function<String, java.util.Optional<org.crosscheck.core.text.Span>> figureSides) {
        this.dateSides = dateSides;
        this.figureSides = figureSides;
    }

    /**
     * @param describe how a mention's value was read, for the explanation: "“last month” in an article of
     *                 2020-07-14, read as 2020-06"; given a statement id
     */
    public List<Conflict> find(PropositionIndex index, Function<String, String> describe) {
        return find(index, describe, index.contradictions());
    }

    /** The conflicts among {@code links} only (for a refresh of the groups they touch). */
    public List<Conflict> find(PropositionIndex index, Function<String, String> describe, List<PropositionIndex.Link> links) {
        Map<String, List<PropositionIndex.Link>> byGroups = new LinkedHashMap<>();
        Map<String, Set<String>> updatedBy = new HashMap<>();
        for (PropositionIndex.Link link : links) {
            String ga = index.groupOf(link.a());
            String gb = index.groupOf(link.b());
            if (link.verdict() == Verdict.DATE_CONTRADICTS || link.verdict() == Verdict.NUMBER_CONTRADICTS) {
                byGroups.computeIfAbsent(key(link.verdict(), ga, gb), k -> new ArrayList<>()).add(link);
            } else if (link.verdict() == Verdict.UPDATES && !ga.equals(gb)) {
                // (a count moved on within one group, "37" then "38 confirmed dead", supersedes nothing of its own)
                boolean aLater = index.statement(link.a()).published().isAfter(index.statement(link.b()).published());
                updatedBy.computeIfAbsent(aLater ? gb : ga, k -> new HashSet<>()).add(aLater ? ga : gb);
            }
        }
        List<List<PropositionIndex.Link>> kept = new ArrayList<>();
        byGroups.forEach((key, between) -> {
            if (!superseded(index, between.get(0), byGroups.keySet(), updatedBy)) {
                kept.add(between);
            }
        });
        List<Conflict> found = new ArrayList<>();
        for (Sides sides : alike(index, kept)) {
            found.add(conflict(index, sides, describe));
        }
        return found;
    }

    /** The groups on each side of one conflict, and the links that set them against each other. */
    private record Sides(List<String> one, List<String> other, List<PropositionIndex.Link> links) {
    }

    /**
     * One conflict per disagreement: two groups giving the same figure (a wire story and a copy the reading did not
     * join) against one other group are one side of it, not two conflicts.
     */
    private static List<Sides> alike(PropositionIndex index, List<List<PropositionIndex.Link>> conflicts) {
        List<Sides> out = new ArrayList<>();
        // the number conflicts each group is a side of: a new one is compared with those only, not with every other
        Map<String, List<Sides>> byGroup = new HashMap<>();
        for (List<PropositionIndex.Link> links : conflicts) {
            PropositionIndex.Link first = links.get(0);
            String ga = index.groupOf(first.a());
            String gb = index.groupOf(first.b());
            Sides joined = null;
            if (first.verdict() == Verdict.NUMBER_CONTRADICTS) {
                List<Sides> near = new ArrayList<>(byGroup.getOrDefault(ga, List.of()));
                near.addAll(byGroup.getOrDefault(gb, List.of()));
                for (Sides s : near) {
                    String added = null;
                    if (s.other().contains(gb) && sameFigure(index, s.one().get(0), ga)) {
                        added = ga;
                        s.one().add(ga);
                    } else if (s.other().contains(ga) && sameFigure(index, s.one().get(0), gb)) {
                        added = gb;
                        s.one().add(gb);
                    } else if (s.one().contains(ga) && sameFigure(index, s.other().get(0), gb)) {
                        added = gb;
                        s.other().add(gb);
                    } else if (s.one().contains(gb) && sameFigure(index, s.other().get(0), ga)) {
                        added = ga;
                        s.other().add(ga);
                    }
                    if (added != null) {
                        joined = s;
                        joined.links().addAll(links);
                        byGroup.computeIfAbsent(added, k -> new ArrayList<>()).add(joined);
                        break;
                    }
                }
            }
            if (joined == null) {
                Sides fresh = new Sides(new ArrayList<>(List.of(ga)), new ArrayList<>(List.of(gb)), new ArrayList<>(links));
                out.add(fresh);
                if (first.verdict() == Verdict.NUMBER_CONTRADICTS) {
                    byGroup.computeIfAbsent(ga, k -> new ArrayList<>()).add(fresh);
                    byGroup.computeIfAbsent(gb, k -> new ArrayList<>()).add(fresh);
                }
            }
        }
        return out;
    }

    /** Whether two groups give one figure of one measure. */
    private static boolean sameFigure(PropositionIndex index, String group, String another) {
        Statement x = index.members(group).stream().filter(st -> st.quantity() != null).findFirst().orElse(null);
        Statement y = index.members(another).stream().filter(st -> st.quantity() != null).findFirst().orElse(null);
        return x != null && y != null && x.quantity().countsLike(y.quantity()) && x.quantity().agrees(y.quantity())
                && y.quantity().agrees(x.quantity());
    }

    private static String key(Verdict verdict, String ga, String gb) {
        return verdict + "|" + (ga.compareTo(gb) < 0 ? ga + "|" + gb : gb + "|" + ga);
    }

    /**
     * "Killed 21" against seven killed and against the twelve the toll later rose to: the conflict is with the
     * latest account, twelve; seven was history by then. A figure conflicts with an earlier count only while no
     * update of that count conflicts with it too.
     */
    private static boolean superseded(PropositionIndex index, PropositionIndex.Link link, Set<String> conflicts, Map<String, Set<String>> updatedBy) {
        if (link.verdict() != Verdict.NUMBER_CONTRADICTS) {
            return false;
        }
        String ga = index.groupOf(link.a());
        String gb = index.groupOf(link.b());
        for (String[] pair : new String[][] {{ga, gb}, {gb, ga}}) {
            for (String later : updatedBy.getOrDefault(pair[0], Set.of())) {
                if (conflicts.contains(key(Verdict.NUMBER_CONTRADICTS, later, pair[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Conflict conflict(PropositionIndex index, Sides groups, Function<String, String> describe) {
        PropositionIndex.Link first = groups.links().get(0);
        boolean date = first.verdict() == Verdict.DATE_CONTRADICTS;
        // Every mention of both propositions is a side, up to SIDES_SHOWN: "40 (three outlets) against 400 (one)".
        List<Statement> one = groups.one().stream().flatMap(g -> index.members(g).stream()).toList();
        List<Statement> other = groups.other().stream().flatMap(g -> index.members(g).stream()).toList();
        List<ConflictSide> sides = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        for (List<Statement> side : List.of(one, other)) {
            List<String> said = new ArrayList<>();
            List<Statement> valued = side.stream().filter(s -> date ? s.date() != null || s.dayWithoutYear() != null : s.quantity() != null).toList();
            List<Statement> shown = shown(valued);
            for (Statement s : shown) {
                String account = describe.apply(s.id());
                org.crosscheck.core.text.Span where = date ? dateSides.apply(s.id()).orElse(s.span())
                        : figureSides.apply(s.id()).orElseGet(() -> figureSpan(s));
                sides.add(new ConflictSide(s.document(), where, account, s.id()));
                said.add(account + " (" + s.document() + ")");
            }
            if (shown.size() < valued.size()) {
                long articles = valued.stream().map(Statement::document).distinct().count();
                said.add("and " + (valued.size() - shown.size()) + " more mentions in " + (articles - shown.size()) + " more articles");
            }
            accounts.add(String.join("; ", said));
        }
        String explanation = (date ? "The same event is dated differently. On one side: " : "The same figure is given differently. On one side: ")
                + accounts.get(0) + ". On the other: " + accounts.get(1) + (date
                ? ". The periods do not overlap, so at least one date is wrong or the two refer to different events."
                : ". The figures differ by more than their qualifiers and rounding allow.");
        Statement a = index.statement(first.a());
        return new Conflict(date ? ConflictKind.DATE : ConflictKind.NUMBER, Severity.HIGH, explanation, sides,
                a.actors().stream().sorted().toList());
    }

    /**
     * Most mentions shown on each side of a date or number conflict. A side held by hundreds of articles (a wire
     * figure repeated for weeks) is shown by its first appearances, one mention from each of the earliest articles,
     * and counted in the explanation: an editor reads a dozen sides, and the store and the report stay small.
     */
    public static final int SIDES_SHOWN = 12;

    /** Every mention when there are few; else the first mention of each of the earliest {@link #SIDES_SHOWN} articles. */
    private static List<Statement> shown(List<Statement> valued) {
        if (valued.size() <= SIDES_SHOWN) {
            return valued;
        }
        Map<String, Statement> firstOfArticle = new LinkedHashMap<>();
        valued.stream()
                .sorted(java.util.Comparator.comparing(Statement::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(Statement::document).thenComparingInt(s -> s.span().start()))
                .forEach(s -> firstOfArticle.putIfAbsent(s.document(), s));
        return firstOfArticle.values().stream().limit(SIDES_SHOWN).toList();
    }

    /** The figure and what it counts ("at least 40 were injured"), not the whole clause around it. */
    private static org.crosscheck.core.text.Span figureSpan(Statement s) {
        org.crosscheck.core.text.Span figure = s.quantity().span();
        // words that already say what the figure counts: "Turnout was 58.4 per cent", "a 3.5% rise"
        int context = s.quantity().measureFirst() || s.quantity().isShare() ? 0 : FIGURE_CONTEXT;
        return s.span().contains(figure) ? new org.crosscheck.core.text.Span(figure.start(), Math.min(s.span().end(), figure.end() + context))
                : s.span();
    }

    /** Characters after a figure that usually hold what it counts and the verb: "40| were injured". */
    public static final int FIGURE_CONTEXT = 16;
}
