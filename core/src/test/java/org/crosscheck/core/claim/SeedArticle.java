package org.crosscheck.core.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.text.Span;

/**
 * A seed article read from the shared folder with the body the gold marks (lines that are not boilerplate or
 * metadata) cut into sentences by a plain rule: line breaks, and . ! ? before a space and a capital or quote.
 */
record SeedArticle(String file, String text, List<Sentence> sentences, LocalDate published, LocalDate reference) {

    @SuppressWarnings("unchecked")
    static SeedArticle load(Map<String, Object> document) throws IOException {
        String file = (String) document.get("file");
        String text = Files.readString(GoldFile.shared().resolve("seeds").resolve(file), StandardCharsets.UTF_8);
        Set<String> notBody = new HashSet<>();
        for (String key : List.of("boilerplate", "metadata_lines")) {
            for (Object line : (List<Object>) document.getOrDefault(key, List.of())) {
                notBody.add(((String) line).strip());
            }
        }
        return new SeedArticle(file, text, sentences(text, notBody), date(document.get("published")),
                date(document.get("reference_date_for_relative_expressions")));
    }

    private static LocalDate date(Object iso) {
        return iso instanceof String s && s.length() == 10 ? LocalDate.parse(s) : null;
    }

    private static List<Sentence> sentences(String text, Set<String> notBody) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!isBoilerplate(text.substring(lineStart, lineEnd).strip(), notBody)) {
                cut(text, lineStart, lineEnd, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** A line the gold lists as not body, or a run-together strip of such lines (related-headline bars). */
    private static boolean isBoilerplate(String line, Set<String> notBody) {
        return notBody.contains(line) || notBody.stream().anyMatch(b -> b.length() >= 30 && line.contains(b));
    }

    private static void cut(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int after = i + 1;
            while (after < to && "\"\u201d'\u2019".indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            boolean end = (c == '.' || c == '!' || c == '?') && after + 1 < to && text.charAt(after) == ' '
                    && (Character.isUpperCase(text.charAt(after + 1)) || "\"\u201c".indexOf(text.charAt(after + 1)) >= 0);
            if (end) {
                addTrimmed(text, start, after, out);
                start = after;
            }
        }
        addTrimmed(text, start, to, out);
    }

    private static void addTrimmed(String text, int from, int to, List<Sentence> out) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Sentence(out.size(), new Span(a, b)));
        }
    }
}
