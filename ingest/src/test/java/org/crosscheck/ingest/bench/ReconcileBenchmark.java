package org.crosscheck.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.crosscheck.core.conflict.ClaimConflicts;
import org.crosscheck.core.conflict.Conflict;
import org.crosscheck.core.reconcile.PropositionIndex;
import org.crosscheck.core.reconcile.SamenessPolicy;
import org.crosscheck.core.reconcile.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reconciliation at newsroom scale on a generated world (StatementWorld): a full run over {@code articles}
 * articles (index every statement, then its groups and its date and number conflicts), and one article arriving
 * in a store of {@code claims} claim mentions (the groups it touches). See docs/benchmarks.md for the command.
 */
public class ReconcileBenchmark {

    static final long SEED = 42;

    /** Every statement of a corpus, generated before the clock starts. */
    @State(Scope.Benchmark)
    public static class Corpus {

        @Param({"100000"})
        int articles;

        List<Statement> statements;

        @Setup(Level.Trial)
        public void generate() {
            StatementWorld world = new StatementWorld(SEED, articles);
            statements = new ArrayList<>();
            for (long n = 0; n < articles; n++) {
                statements.addAll(world.article(n));
            }
            System.out.printf("%n[corpus] %d articles, %d statements%n", articles, statements.size());
        }
    }

    /** A store filled once per trial; each invocation adds the next article of one of its stories. */
    @State(Scope.Benchmark)
    public static class Store {

        @Param({"1000000"})
        int claims;

        StatementWorld world;
        PropositionIndex index;
        long stored;
        long next;
        List<Statement> arriving;

        @Setup(Level.Trial)
        public void fill() {
            long before = retainedHeap();
            world = new StatementWorld(SEED, claims / 15);
            index = new PropositionIndex(new SamenessPolicy());
            long start = System.nanoTime();
            long step = Math.max(1, claims / 10);
            long reported = step;
            while (index.size() < claims) {
                // filled as a full run files (the fill is not measured): groups are split when asked for
                world.article(next++).forEach(index::addQuietly);
                if (index.size() >= reported) {
                    System.out.printf("%n[store] %d claims from %d articles after %.1f s", index.size(), next, (System.nanoTime() - start) / 1e9);
                    reported += step;
                }
            }
            stored = next;
            long heap = retainedHeap() - before;
            System.out.printf("%n[store] %d claims, %d articles in %d stories, filled in %.1f s; retained heap %.0f MB (%d bytes a claim)%n",
                    index.size(), stored, world.stories(), (System.nanoTime() - start) / 1e9, heap / 1e6, heap / index.size());
        }

        /** The article comes from a story already in the store, chosen as the stored ones were: crowded blocks included. */
        @Setup(Level.Invocation)
        public void nextArticle() {
            arriving = world.article(next++);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%n[store] %d articles added during the trial; the store grew to %d claims%n", next - stored, index.size());
        }

        private static long retainedHeap() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void fullReconciliation(Corpus corpus, Blackhole out) {
        PropositionIndex index = new PropositionIndex(new SamenessPolicy());
        corpus.statements.forEach(index::addQuietly);
        List<List<Statement>> groups = index.groups();
        List<Conflict> conflicts = new ClaimConflicts().find(index, id -> id);
        out.consume(groups);
        out.consume(conflicts);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Set<String> addOneArticle(Store store) {
        Set<String> touched = new TreeSet<>();
        for (Statement statement : store.arriving) {
            touched.addAll(store.index.add(statement));
        }
        return touched;
    }
}
