package org.crosscheck.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck ingest} as a newsroom runs it on a folder: a summary, reasons for rejections, and idempotence. */
class IngestCommandIT {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @TempDir
    Path work;

    Path articles;

    @BeforeEach
    void writeArticles() throws IOException {
        articles = Files.createDirectories(work.resolve("articles"));
        Files.writeString(articles.resolve("ferry.txt"), """
                Ferry crews agreed a new contract on Friday, ending a week of cancellations.

                "Passengers can plan again," the operator's chief executive, Ines Varga, said in a statement.
                The union said the deal raised pay by 4.5 percent over two years.
                """);
        Files.writeString(articles.resolve("ferry.meta.json"), """
                {"outlet": "The Island Times", "published": "2024-05-10", "url": "https://example.org/ferry"}
                """);
        Files.writeString(articles.resolve("bridge.html"), """
                <html><head><title>Bridge reopens</title></head><body><nav>Home</nav><article>
                <p>The old river bridge reopened to traffic on Sunday after eight months of repairs, the city council said.</p>
                <p>Engineers replaced 120 steel cables, according to the council's transport office.</p>
                </article></body></html>
                """);
        Files.write(articles.resolve("latin1.txt"), "Caf\u00e9 owners say rents rose again this year.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(articles.resolve("notes.csv"), "not,an,article\n");
    }

    @Test
    void aFolderIsIngestedOnceWithASummaryAndReasons() throws Exception {
        Run first = ingest(articles.toString());
        assertThat(first.exitCode).as(first.output).isEqualTo(1);
        assertThat(first.output).contains("ingested 3 files: new 2", "duplicate 0", "rejected 1")
                .contains("latin1.txt: file: not UTF-8 text");

        Run second = ingest(articles.toString());
        assertThat(second.output).contains("new 0", "duplicate 2", "rejected 1");
    }

    @Test
    void badUsageExitsWithAReason() throws Exception {
        Run missing = ingest(work.resolve("nowhere").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.output).contains("no such file or folder");

        Run flag = ingest("--colour", articles.toString());
        assertThat(flag.exitCode).isEqualTo(2);
        assertThat(flag.output).contains("unknown option '--colour'");
    }

    record Run(int exitCode, String output) {
    }

    private Run ingest(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", RUNNER.toString(), "ingest"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "ingest", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("CROSSCHECK_DATA_DIR", work.resolve("data").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(log));
    }
}
