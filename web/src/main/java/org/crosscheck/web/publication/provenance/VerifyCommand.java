package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code ./crosscheck verify REPORT.json [--key JWKS.json]}: checks a provenance report offline, with nothing but the
 * report (and, to pin the newsroom's key, the JSON the well-known key URL serves). Exit 0 when every document hash,
 * every span and the signature hold; 1 naming what failed; 2 for a file that cannot be read.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path report = null;
        Path keys = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key") && i + 1 < args.length) {
                keys = Path.of(args[++i]);
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println("usage: ./crosscheck verify REPORT.json [--key KEYS.json]\n"
                        + "  checks each document's SHA-256, each span's text and the Ed25519 signature of a provenance report;\n"
                        + "  --key: the JSON served at /.well-known/crosscheck-provenance-keys (or one JWK), to require that key");
                return 0;
            } else if (report == null && !args[i].startsWith("--")) {
                report = Path.of(args[i]);
            } else {
                err.println("crosscheck verify: unexpected argument '" + args[i] + "' (see --help)");
                return 2;
            }
        }
        if (report == null) {
            err.println("crosscheck verify: name the report file (see --help)");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode tree;
        Set<String> expected = null;
        try {
            tree = json.readTree(Files.readAllBytes(report));
            if (keys != null) {
                JsonNode key = json.readTree(Files.readAllBytes(keys));
                expected = new HashSet<>();
                for (JsonNode jwk : key.has("keys") ? key.path("keys") : json.createArrayNode().add(key)) {
                    if (jwk.path("x").isTextual()) {
                        expected.add(jwk.path("x").asText());
                    }
                }
                if (expected.isEmpty()) {
                    err.println("crosscheck verify: " + keys + " holds no Ed25519 key (an 'x' member)");
                    return 2;
                }
            }
        } catch (IOException e) {
            err.println("crosscheck verify: cannot read " + (keys == null ? report : report + " or " + keys) + ": " + e.getMessage());
            return 2;
        }
        if (tree == null || !tree.isObject()) {
            err.println("crosscheck verify: " + report + " is not a JSON object");
            return 2;
        }
        ReportCheck.Outcome outcome = ReportCheck.check(tree, expected);
        if (!outcome.holds()) {
            outcome.failures().forEach(f -> err.println("FAILED " + f));
            err.println("crosscheck verify: " + report + " does NOT verify (" + outcome.failures().size() + " failure"
                    + (outcome.failures().size() == 1 ? "" : "s") + ")");
            return 1;
        }
        String keyId = PublicKeys.thumbprint(tree.path(ReportSignature.MEMBER).path("publicKey").path("x").asText());
        out.println("verified " + report + ": " + outcome.documents() + " document hashes, " + outcome.spans() + " spans and the Ed25519 "
                + "signature of key " + keyId + (expected == null ? " (the key in the report; pass --key to require the published one)" : ""));
        return 0;
    }
}
