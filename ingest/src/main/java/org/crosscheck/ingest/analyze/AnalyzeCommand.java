package org.crosscheck.ingest.analyze;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.analysis.Analyzer;
import org.crosscheck.core.analysis.ArticleInput;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.report.Report;
import org.crosscheck.ingest.article.ArticleReader;
import org.crosscheck.ingest.article.PageOffsets;
import org.crosscheck.ingest.article.ReceivedArticle;
import org.crosscheck.ingest.article.RejectedArticle;
import org.crosscheck.ingest.article.SubmissionRules;
import org.crosscheck.ingest.batch.ArticleFile;
import org.crosscheck.ingest.batch.BatchIngest;

/**
 * {@code analyze PATH... [--out FILE]}: reads articles (files or folders, as {@code ingest} does) and writes the report
 * JSON to FILE or standard output, offline. Exit 0 on success, 2 on a usage error (with a one-line reason), 1 when an
 * article could not be read (the report covers the others).
 */
public final class AnalyzeCommand {

    static final String USAGE = "usage: analyze PATH... [--out FILE]  (PATH: .txt, .md, .html, .htm article files or folders;"
            + " sidecars NAME.meta.json as for ingest)";

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
            List<Path> files;
            try {
                files = BatchIngest.articleFiles(paths);
            } catch (IllegalArgumentException e) {
                err.println("analyze: " + e.getMessage());
                return 2;
            }
            List<ArticleInput> articles = new ArrayList<>();
            Map<String, OffsetsInFiles.InFile> pages = new HashMap<>();
            int rejected = 0;
            for (Path file : files) {
                try {
                    articles.add(read(file, pages));
                } catch (RejectedArticle e) {
                    rejected++;
                    err.println("analyze: skipped " + file + ": " + (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
                }
            }
            rejected += withoutUnknownOriginals(articles, err);
            Report report = new Analyzer().analyze(articles);
            ReportJson json = new ReportJson();
            ObjectNode tree = json.tree(report);
            OffsetsInFiles.move(tree, pages);
            if (target == null) {
                // standard output stays open for the caller; only flushed
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                json.write(tree, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    json.write(tree, w);
                }
            }
            return rejected == 0 ? 0 : 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("analyze: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The same reading as the server's: HTML to text, sidecar metadata, body and sentences; where the text read
     * stands in the file (for a page, in its HTML) goes into {@code pages} when that differs.
     */
    private static ArticleInput read(Path file, Map<String, OffsetsInFiles.InFile> pages) throws IOException {
        ArticleFile article = new ArticleFile(file);
        if (!ArticleFile.isArticle(file)) {
            throw RejectedArticle.invalid("file", "not an article file (.txt, .md, .html, .htm)");
        }
        ReceivedArticle received = SubmissionRules.check(article.read(), article.mediaType());
        PreparedArticle prepared = ArticleReader.read(received);
        boolean page = received.original() != null && received.mediaType().equals("text/html");
        String asRead = page ? new String(received.original(), StandardCharsets.UTF_8) : prepared.text();
        OffsetsInFiles.InFile inFile = new OffsetsInFiles.InFile(page ? PageOffsets.of(asRead, prepared.text()) : null,
                FileText.of(asRead, startsWithByteOrderMark(file)));
        if (!inFile.changesNothing()) {
            pages.put(file.getFileName().toString(), inFile);
        }
        return ArticleInput.of(file.getFileName().toString(), prepared).withSyndicatedFrom(received.syndicatedFrom());
    }

    private static boolean startsWithByteOrderMark(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    /**
     * Skips, with the reason, each article declared a copy of a file that is not among those read: offline, the
     * original must be analysed with its copies. Returns how many were skipped.
     */
    private static int withoutUnknownOriginals(List<ArticleInput> articles, PrintStream err) {
        Set<String> names = new HashSet<>();
        articles.forEach(a -> names.add(a.file()));
        int skipped = 0;
        for (Iterator<ArticleInput> it = articles.iterator(); it.hasNext(); ) {
            ArticleInput a = it.next();
            if (a.syndicatedFrom() != null && !names.contains(a.syndicatedFrom())) {
                it.remove();
                skipped++;
                err.println("analyze: skipped " + a.file() + ": syndicated_from: " + a.syndicatedFrom()
                        + " is not among the articles read; give the original too");
            }
        }
        return skipped;
    }
}
