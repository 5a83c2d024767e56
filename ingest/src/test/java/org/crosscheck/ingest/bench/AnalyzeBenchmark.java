package org.crosscheck.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.core.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Throughput of {@code analyze} (preparation, attributions, entities, claims) on generated articles of about 3 KB,
 * {@value #ARTICLES} per report: the figure is articles per second. See docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzeBenchmark {

    static final int ARTICLES = 200;

    @Param({"42"})
    long seed;

    private Path corpus;
    private List<String[]> articles;
    private final Analyzer analyzer = new Analyzer();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        corpus = Files.createTempDirectory("analyze-bench");
        GenerateArticles.main(new String[] {corpus.toString(), Integer.toString(ARTICLES), Long.toString(seed)});
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new String[] {file.getFileName().toString(), Files.readString(file)});
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public Report analyze() {
        List<ArticleInput> inputs = new ArrayList<>(articles.size());
        for (String[] article : articles) {
            inputs.add(ArticleInput.read(article[0], article[1]));
        }
        return analyzer.analyze(inputs);
    }

    @TearDown(Level.Trial)
    public void deleteCorpus() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
