package org.crosscheck.ingest.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderOfArticlesBecomesOneReportFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Chile called on Bolivia to return to the talks.");
        Files.writeString(dir.resolve("two.md"), "“We are ready,” the Bolivian president said.");
        Files.writeString(dir.resolve("skip.json"), "{}");
        Path report = dir.resolve("report.json");

        assertThat(run(dir.toString(), "--out", report.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("documents")).hasSize(2);
        JsonNode first = json.get("attributions").get(0);
        assertThat(first.get("content").asText()).isEqualTo("Bolivia to return to the talks");
        assertThat(first.get("start").asInt()).isEqualTo(16);
        assertThat(json.get("entities").toString()).contains("Chile");
    }

    @Test
    void aPagesSpansPointAtTheSameWordsInItsHtmlFile(@TempDir Path dir) throws Exception {
        String html = "<html><head><title>Border talks</title><style>p { color: red }</style></head><body>\n"
                + "<nav><a href=\"/\">Home</a></nav>\n<article><h1>Border talks</h1>\n"
                + "<p>Chile &amp; Peru met on Monday. <!-- an editor's note -->Chile called on <b>Bolivia</b> to return to the talks.</p>\n"
                + "</article></body></html>";
        Files.writeString(dir.resolve("page.html"), html);

        assertThat(run(dir.resolve("page.html").toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode said = json.get("attributions").get(0);
        assertThat(said.get("content").asText()).isEqualTo("Bolivia to return to the talks");
        assertThat(html.substring(said.get("start").asInt(), said.get("end").asInt())).isEqualTo("Bolivia</b> to return to the talks");
        JsonNode body = json.get("documents").get(0).get("body");
        assertThat(html.substring(body.get(0).get(0).asInt())).startsWith("Chile &amp; Peru met on Monday.");
    }

    @Test
    void aFileSavedWithAByteOrderMarkAndCrLfLineBreaksIsPointedIntoAsATextReaderOpensIt(@TempDir Path dir) throws Exception {
        String written = "\uFEFFBorder talks\r\n\r\nLima, 3 March\r\n\r\nChile called on Bolivia to return to the talks.\r\n";
        Files.writeString(dir.resolve("windows.txt"), written);

        assertThat(run(dir.resolve("windows.txt").toString())).isZero();

        JsonNode said = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("attributions").get(0);
        String opened = written.replace("\r\n", "\n");
        assertThat(opened.substring(said.get("start").asInt(), said.get("end").asInt())).isEqualTo("Bolivia to return to the talks");
    }

    @Test
    void withoutOutTheReportGoesToStandardOutput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Peru said the border would reopen.");
        assertThat(run(dir.resolve("one.txt").toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("attributions")).hasSize(1);
    }

    @Test
    void helpExplainsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: analyze");
    }

    @Test
    void anUnknownFlagIsAUsageErrorWithOneLineReason() {
        assertThat(run("--fast", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("analyze: unknown option --fast (try --help)");
    }

    @Test
    void aMissingPathOrOutFileIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("no-such-folder-here")).isEqualTo(2);
        assertThat(run("x.txt", "--out")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    }

    @Test
    void hostileFilesAreSkippedWithAReasonTheRestIsReportedAndTheExitSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Chile called on Bolivia to return to the talks.");
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners said rents rose.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("nul.txt"), "Peru said the border would reopen.\u0000");
        Files.writeString(dir.resolve("huge.txt"), "a".repeat(10 * 1024 * 1024));
        Files.writeString(dir.resolve("nested.html"), "<html><body>" + "<div>".repeat(20_000) + "<p>Peru said the border would reopen.</p>"
                + "</div>".repeat(20_000) + "</body></html>");
        Path report = dir.resolve("report.json");

        int exit = run(dir.toString(), "--out", report.toString());

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("latin1.txt").contains("nul.txt").contains("huge.txt").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(exit).as("skipped files make a non-zero exit: %s", errors).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("documents").toString()).contains("good.txt").doesNotContain("nul.txt").doesNotContain("huge.txt");
    }

    @Test
    void aCopyDeclaredInItsSidecarIsReportedAsTheSyndicatedCopyOfItsOriginal(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-wire.txt"), "Chile called on Bolivia to return to the talks on Monday.");
        Files.writeString(dir.resolve("01-wire.meta.json"), "{\"outlet\": \"Andes Wire\", \"published\": \"2025-06-09\"}");
        Files.writeString(dir.resolve("02-copy.txt"), "Talks: Chile urges Bolivia back to the table, saying the offer stands.");
        Files.writeString(dir.resolve("02-copy.meta.json"), "{\"outlet\": \"Coast Post\", \"syndicated_from\": \"01-wire.txt\"}");
        Path report = dir.resolve("report.json");

        assertThat(run(dir.toString(), "--out", report.toString())).isZero();

        JsonNode documents = new ObjectMapper().readTree(report.toFile()).get("documents");
        assertThat(documents.get(0).get("syndicated_from").isNull()).isTrue();
        assertThat(documents.get(1).get("syndicated_from").asText()).isEqualTo("01-wire.txt");
    }

    @Test
    void aCopyOfAnArticleNotGivenIsSkippedWithTheReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("copy.txt"), "Chile called on Bolivia to return to the talks.");
        Files.writeString(dir.resolve("copy.meta.json"), "{\"syndicated_from\": \"wire.txt\"}");
        Files.writeString(dir.resolve("own.txt"), "Peru said the border would reopen.");
        Path report = dir.resolve("report.json");

        assertThat(run(dir.toString(), "--out", report.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("copy.txt").contains("wire.txt is not among the articles read");
        assertThat(new ObjectMapper().readTree(report.toFile()).get("documents")).hasSize(1);
    }
}
