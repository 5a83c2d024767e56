package org.crosscheck.ingest.analyze;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;

/** Analyses a folder of articles, writes the report, and runs the shared scorer on it against a gold file. */
public final class ScorerRun {

    public final String output;
    private final com.fasterxml.jackson.databind.JsonNode details;

    private ScorerRun(String output, com.fasterxml.jackson.databind.JsonNode details) {
        this.output = output;
        this.details = details;
    }

    public static Path shared() {
        return Path.of(System.getProperty("crosscheck.shared", "../../shared")).toAbsolutePath().normalize();
    }

    public static ScorerRun score(Path gold, Path texts, Path report) throws IOException, InterruptedException {
        List<ArticleInput> articles;
        try (Stream<Path> files = Files.list(texts)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> ArticleInput.read(f.getFileName().toString(), read(f))).toList();
        }
        Files.createDirectories(report.getParent());
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportJson().write(new Analyzer().analyze(articles), w);
        }
        return scoreReport(gold, texts, report);
    }

    /** As {@code analyze} reads a file: sidecar metadata, submission rules, body and sentences. */
    public static ArticleInput readAsAnalyzeDoes(Path file) throws IOException {
        org.crosscheck.ingest.batch.ArticleFile article = new org.crosscheck.ingest.batch.ArticleFile(file);
        return ArticleInput.of(file.getFileName().toString(), org.crosscheck.ingest.article.ArticleReader.read(
                org.crosscheck.ingest.article.SubmissionRules.check(article.read(), article.mediaType())));
    }

    /** Analyzes every article file of {@code folder} as {@code analyze} does (sidecars included), then scores the report. */
    public static ScorerRun scoreFolder(Path gold, Path folder, Path report) throws IOException, InterruptedException {
        List<ArticleInput> articles = new java.util.ArrayList<>();
        for (Path file : org.crosscheck.ingest.batch.BatchIngest.articleFiles(List.of(folder))) {
            articles.add(readAsAnalyzeDoes(file));
        }
        Files.createDirectories(report.getParent());
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportJson().write(new Analyzer().analyze(articles), w);
        }
        return scoreReport(gold, folder, report);
    }

    /** Runs the shared scorer on a report already written. */
    public static ScorerRun scoreReport(Path gold, Path texts, Path report) throws IOException, InterruptedException {
        Path detailFile = report.resolveSibling(report.getFileName().toString().replace(".json", "-score.json"));
        Process p = new ProcessBuilder("python3", shared().resolve("score").toString(), gold.toString(), report.toString(),
                "--texts", texts.toString(), "--json", detailFile.toString(), "--quiet").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("scorer failed: " + out);
        }
        return new ScorerRun(out, new com.fasterxml.jackson.databind.ObjectMapper().readTree(detailFile.toFile()));
    }

    public double number(String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new AssertionError("scorer output lacks " + regex + ":\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    public double attributionF1() {
        return number("with speaker P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)");
    }

    /** Share of the gold's quotations found with the right speaker (from the scorer's full result). */
    public double directQuoteRecall() {
        return details.get("attributions").get("direct_recall").asDouble();
    }

    public double forbiddenMerges() {
        return number("forbidden ([0-9]+)\\)");
    }

    /** Gold conflicts found (the scorer's "found N/M"). */
    public double conflictsFound() {
        return number("conflicts: found ([0-9]+)/");
    }

    public double conflictPrecision() {
        return number("conflicts: found [0-9]+/[0-9]+, precision ([0-9.]+)");
    }

    /** Cross-outlet pairs of one gold proposition that the report puts in one claim. */
    public double crossOutletPairsGrouped() {
        return number("cross-outlet pairs grouped ([0-9]+)/");
    }

    public double distinctClaimsWronglyGrouped() {
        return number("wrongly grouped ([0-9]+)");
    }

    public double resolvedShare() {
        Matcher m = Pattern.compile("resolved ([0-9]+)/([0-9]+)").matcher(output);
        if (!m.find()) {
            throw new AssertionError("scorer output lacks entity resolution:\n" + output);
        }
        return Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
