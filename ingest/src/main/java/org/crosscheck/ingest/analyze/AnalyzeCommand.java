package org.crosscheck.ingest.analyze;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.core.report.Report;

/**
 * {@code analyze PATH... [--out FILE]}: reads .txt and .md articles (files or folders) and writes the report JSON
 * to FILE or standard output. Exit 0 on success, 2 on a usage error (with a one-line reason), 1 on a read failure.
 */
public final class AnalyzeCommand {

    static final String USAGE = "usage: analyze PATH... [--out FILE]  (PATH: .txt/.md article files or folders of them)";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> paths = new ArrayList<>();
        Path target = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (arg.equals("--out")) {
                if (i + 1 >= args.length) {
                    err.println("analyze: --out needs a file name");
                    return 2;
                }
                target = Path.of(args[++i]);
            } else if (arg.startsWith("-")) {
                err.println("analyze: unknown option " + arg + " (try --help)");
                return 2;
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            err.println("analyze: no article given (try --help)");
            return 2;
        }
        try {
            List<ArticleInput> articles = new ArrayList<>();
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    err.println("analyze: no such file or folder: " + p);
                    return 2;
                }
                for (Path file : articleFiles(p)) {
                    articles.add(ArticleInput.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            Report report = new Analyzer().analyze(articles);
            if (target == null) {
                // standard output stays open for the caller; only flushed
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new ReportJson().write(report, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    new ReportJson().write(report, w);
                }
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("analyze: " + e.getMessage());
            return 1;
        }
    }

    private static List<Path> articleFiles(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
                    .sorted().toList();
        }
    }
}
