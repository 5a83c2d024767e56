package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.ingest.article.HtmlArticle;
import org.junit.jupiter.api.Test;

/**
 * The demo story (six invented articles, two of them HTML pages, annotated by someone who never saw the analysis),
 * read exactly as {@code analyze} reads files and scored by the shared scorer against its blind annotation.
 */
class DemoStoryScoreTest {

    private static final Path DEMO = Path.of("../web/src/main/resources/demo");
    private static final Path GOLD = Path.of("../web/src/test/resources/demo-gold.json");

    @Test
    void aStoryNobodyTunedForIsReadAsItsBlindAnnotationReadsIt() throws Exception {
        List<String> args = new ArrayList<>();
        for (String name : Files.readAllLines(DEMO.resolve("articles.list"), StandardCharsets.UTF_8)) {
            if (!name.isBlank()) {
                args.add(DEMO.resolve(name.strip()).toString());
            }
        }
        List<String> articles = List.copyOf(args);
        Path report = Path.of("target/demo-report.json");
        args.add("--out");
        args.add(report.toString());
        assertThat(AnalyzeCommand.run(args.toArray(String[]::new), System.out, System.err)).isZero();
        // scored against the files themselves: the pages' spans point into their HTML
        ScorerRun run = ScorerRun.scoreReport(GOLD.toAbsolutePath(), DEMO.toAbsolutePath(), report.toAbsolutePath());
        System.out.println(run.output);
        // the same report limited to the articles whose attributions the annotator marked shows the precision there
        ScorerRun annotated = ScorerRun.scoreReport(GOLD.toAbsolutePath(), DEMO.toAbsolutePath(),
                onlyAnnotated(report, Path.of("target/demo-report-annotated.json")).toAbsolutePath());
        System.out.println("annotated articles only: " + annotated.output.lines()
                .filter(l -> l.startsWith("attributions")).findFirst().orElseThrow());
        assertThat(articles).hasSize(6);
        assertThat(run.forbiddenMerges()).isZero();
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(annotated.number("with speaker P ([0-9.]+)")).isGreaterThanOrEqualTo(1.0);
        assertThat(annotated.number("with speaker P [0-9.]+ R ([0-9.]+)")).isGreaterThanOrEqualTo(1.0);
        assertThat(run.resolvedShare()).isGreaterThanOrEqualTo(0.90);
        // Every conflict the blind annotation found, and nothing else; grouping as measured (docs/reconciliation.md).
        assertThat(run.conflictsFound()).isEqualTo(5);
        assertThat(run.conflictPrecision()).isGreaterThanOrEqualTo(0.8);
        assertThat(run.crossOutletPairsGrouped()).isGreaterThanOrEqualTo(32);
        // the six "wrongly grouped" are the wire story and its copy, which this gold lists as separate claims
        assertThat(run.distinctClaimsWronglyGrouped()).isLessThanOrEqualTo(6);
    }

    /** The report without the attributions of articles whose spans the gold does not annotate. */
    private static Path onlyAnnotated(Path report, Path target) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> annotated = new HashSet<>();
        JsonNode gold = json.readTree(GOLD.toFile());
        gold.get("attributions").forEach(a -> annotated.add(a.get("file").asText()));
        gold.get("claims").forEach(c -> c.get("mentions").forEach(m -> annotated.add(m.get("file").asText())));
        ObjectNode whole = (ObjectNode) json.readTree(report.toFile());
        ArrayNode kept = json.createArrayNode();
        whole.get("attributions").forEach(a -> {
            if (annotated.contains(a.get("file").asText())) {
                kept.add(a);
            }
        });
        whole.set("attributions", kept);
        json.writeValue(target.toFile(), whole);
        return target;
    }

    @Test
    void aPageIsReadAsTheTextItsHtmlYields() throws Exception {
        Path page = DEMO.resolve(Files.readAllLines(DEMO.resolve("articles.list"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(n -> n.endsWith(".html")).findFirst().orElseThrow());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(read(page).text()).isEqualTo(HtmlArticle.parse(html).text());
    }

    private static ArticleInput read(Path file) throws Exception {
        return ScorerRun.readAsAnalyzeDoes(file);
    }
}
