package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.ingest.article.ArticleReader;
import org.crosscheck.ingest.article.HtmlArticle;
import org.crosscheck.ingest.article.SubmissionRules;
import org.crosscheck.ingest.batch.ArticleFile;
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
        Path texts = Path.of("target/demo-texts");
        Files.createDirectories(texts);
        List<ArticleInput> articles = new ArrayList<>();
        for (String name : Files.readAllLines(DEMO.resolve("articles.list"), StandardCharsets.UTF_8)) {
            if (name.isBlank()) {
                continue;
            }
            ArticleInput article = read(DEMO.resolve(name.strip()));
            // the scorer locates spans in the text the analysis read: for a page, the text extracted from its HTML
            Files.writeString(texts.resolve(article.file()), article.text(), StandardCharsets.UTF_8);
            articles.add(article);
        }
        Path report = Path.of("target/demo-report.json");
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportJson().write(new Analyzer().analyze(articles), w);
        }
        ScorerRun run = ScorerRun.scoreReport(GOLD.toAbsolutePath(), texts.toAbsolutePath(), report.toAbsolutePath());
        System.out.println(run.output);
        assertThat(articles).hasSize(6);
        assertThat(run.forbiddenMerges()).isZero();
        assertThat(run.attributionF1()).isGreaterThanOrEqualTo(0.79);
        assertThat(run.resolvedShare()).isGreaterThanOrEqualTo(0.64);
    }

    @Test
    void aPageIsScoredOnTheTextItsHtmlYields() throws Exception {
        Path page = DEMO.resolve("03-bridgewater-chronicle.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(read(page).text()).isEqualTo(HtmlArticle.parse(html).text());
    }

    /** As {@code analyze} reads a file: sidecar metadata, submission rules, body and sentences. */
    private static ArticleInput read(Path file) throws Exception {
        ArticleFile article = new ArticleFile(file);
        return ArticleInput.of(file.getFileName().toString(),
                ArticleReader.read(SubmissionRules.check(article.read(), article.mediaType())));
    }
}
