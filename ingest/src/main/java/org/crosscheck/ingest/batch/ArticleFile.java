package org.crosscheck.ingest.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ingest.article.ArticleSubmission;
import org.crosscheck.ingest.article.RejectedArticle;
import org.crosscheck.ingest.article.SubmissionRules;

/**
 * An article on disk: {@code .txt}, {@code .md}, {@code .html} or {@code .htm}, strictly UTF-8, with an optional
 * sidecar {@code NAME.meta.json} (or {@code NAME.EXT.meta.json}) holding {@code url}, {@code outlet},
 * {@code published} and {@code title}.
 */
public record ArticleFile(Path path) {

    static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "md", "html", "htm");
    private static final Set<String> SIDECAR_FIELDS = Set.of("url", "outlet", "published", "title", "syndicated_from");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static boolean isArticle(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".meta.json") && ARTICLE_EXTENSIONS.contains(extension(name));
    }

    public String mediaType() {
        return switch (extension(path.getFileName().toString().toLowerCase(Locale.ROOT))) {
            case "html", "htm" -> "text/html";
            case "md" -> "text/markdown";
            default -> "text/plain";
        };
    }

    /** The submission this file makes; a file that cannot be one is rejected with the reason. */
    public ArticleSubmission read() throws IOException {
        if (Files.size(path) > SubmissionRules.MAX_ARTICLE_BYTES) {
            throw new RejectedArticle(RejectedArticle.Reason.TOO_LARGE, "file", "larger than 2 MB");
        }
        String name = path.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        for (Path sidecar : new Path[] {path.resolveSibling(stem + ".meta.json"), path.resolveSibling(name + ".meta.json")}) {
            if (Files.isRegularFile(sidecar)) {
                return submission(name, Files.readAllBytes(path), sidecar.getFileName().toString(), Files.readAllBytes(sidecar));
            }
        }
        return submission(name, Files.readAllBytes(path), null, null);
    }

    /** The submission made by an article file's bytes and, if it has one, its sidecar's bytes. */
    public static ArticleSubmission submission(String fileName, byte[] content, String sidecarName, byte[] sidecar) {
        if (content.length > SubmissionRules.MAX_ARTICLE_BYTES) {
            throw new RejectedArticle(RejectedArticle.Reason.TOO_LARGE, "file", "larger than 2 MB");
        }
        String text = utf8(content);
        ArticleSubmission submission = new ArticleFile(Path.of(fileName)).mediaType().equals("text/html")
                ? ArticleSubmission.ofHtml(text) : ArticleSubmission.ofText(text);
        if (sidecar == null) {
            return submission;
        }
        JsonNode meta = sidecarFields(sidecarName, sidecar);
        return submission.withMetadata(field(meta, "url"), field(meta, "outlet"), field(meta, "published"), field(meta, "title"),
                field(meta, "syndicated_from"));
    }

    private static JsonNode sidecarFields(String sidecarName, byte[] sidecar) {
        JsonNode meta;
        try {
            meta = JSON.readTree(sidecar);
        } catch (IOException e) {
            throw RejectedArticle.invalid("sidecar", sidecarName + " is not valid JSON");
        }
        if (meta == null || !meta.isObject()) {
            throw RejectedArticle.invalid("sidecar", sidecarName + " is not a JSON object");
        }
        for (Iterator<String> names = meta.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!SIDECAR_FIELDS.contains(field)) {
                throw RejectedArticle.invalid("sidecar", sidecarName + ": unknown field '" + field + "'");
            }
        }
        return meta;
    }

    private static String field(JsonNode meta, String name) {
        JsonNode value = meta.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw RejectedArticle.invalid(name, "the sidecar's " + name + " must be a string");
        }
        return value.asText();
    }

    /** Strict UTF-8 (a byte-order mark is dropped): a mis-decoded article would make every span wrong. */
    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw RejectedArticle.invalid("file", "not UTF-8 text");
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
