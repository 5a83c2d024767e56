package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The public keys a rotation retired, kept beside the signing key ({@code provenance-ed25519.pem} →
 * {@code provenance-ed25519.retired.json}) and published with it: a report signed before a rotation still verifies
 * against the newsroom's published keys. A revoked key is not kept, so what it signed no longer verifies.
 */
final class RetiredKeys {

    /** A public key (its x) and when it stopped signing. */
    record Retired(String x, Instant retired) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RetiredKeys() {
    }

    static Path fileFor(Path keyFile) {
        String name = keyFile.getFileName().toString();
        String stem = name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
        return keyFile.resolveSibling(stem + ".retired.json");
    }

    /** The retired keys of the signing key in {@code keyFile}, oldest first; none when there is no file. */
    static List<Retired> read(Path keyFile) throws IOException {
        Path file = fileFor(keyFile);
        List<Retired> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        JsonNode keys = JSON.readTree(file.toFile()).path("keys");
        for (JsonNode key : keys) {
            if (!key.path("x").isTextual() || !key.path("retired").isTextual()) {
                throw new IOException(file + " has a key without 'x' and 'retired'");
            }
            out.add(new Retired(key.path("x").asText(), Instant.parse(key.path("retired").asText())));
        }
        return out;
    }

    /** Adds {@code key} to the retired keys, written beside the file and moved over it. */
    static void add(Path keyFile, Retired key) throws IOException {
        List<Retired> keys = read(keyFile);
        keys.add(key);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("keys");
        keys.forEach(k -> array.addObject().put("x", k.x()).put("retired", k.retired().toString()));
        Path file = fileFor(keyFile);
        Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), "retired-keys", ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(fresh.toFile(), root);
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
