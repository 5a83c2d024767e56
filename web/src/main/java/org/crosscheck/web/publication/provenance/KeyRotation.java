package org.crosscheck.web.publication.provenance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;

/**
 * {@code ./crosscheck rotate-key [--key-file FILE] [--revoke]}: replaces the key that signs provenance reports. By
 * default the old public key is retired: still published at the well-known key URL, so reports it signed keep
 * verifying (routine rotation). With {@code --revoke} it is dropped, so nothing it signed verifies against the
 * published keys any more (a key that may have leaked). Run it with the server stopped: a running server signs with
 * the key it read at start until it restarts. Exit 0 when rotated, 2 when there is no key or it cannot be written.
 */
public final class KeyRotation {

    private KeyRotation() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Path keyFile = defaultKeyFile(environment);
        boolean revoke = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key-file") && i + 1 < args.length) {
                keyFile = Path.of(args[++i]);
            } else if (args[i].equals("--revoke")) {
                revoke = true;
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println("usage: ./crosscheck rotate-key [--key-file FILE] [--revoke]   (stop the server first)\n"
                        + "  default FILE: " + defaultKeyFile(environment) + "\n"
                        + "  --revoke: do not publish the old key any more (reports it signed stop verifying)");
                return 0;
            } else {
                err.println("crosscheck rotate-key: unexpected argument '" + args[i] + "' (see --help)");
                return 2;
            }
        }
        if (!Files.exists(keyFile)) {
            err.println("crosscheck rotate-key: no signing key at " + keyFile + " (the server creates one on first start)");
            return 2;
        }
        try {
            String old = PublicKeys.x(KeyFile.read(keyFile).getPublic());
            if (!revoke) {
                RetiredKeys.add(keyFile, new RetiredKeys.Retired(old, Instant.now()));
            }
            KeyPair fresh = KeyFile.create(keyFile);
            out.println("provenance signing key " + PublicKeys.thumbprint(old) + (revoke ? " revoked" : " retired (still published)")
                    + "; new key " + PublicKeys.thumbprint(PublicKeys.x(fresh.getPublic())) + " in " + keyFile
                    + ". Start the server to sign with it.");
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            err.println("crosscheck rotate-key: " + keyFile + ": " + e.getMessage()
                    + " (the current key still signs; if it is now also listed as retired, that is harmless)");
            return 2;
        }
    }

    /** Where the server keeps the key unless configured otherwise (crosscheck.provenance.key-file, by environment). */
    static Path defaultKeyFile(Map<String, String> environment) {
        String configured = environment.get("CROSSCHECK_PROVENANCE_KEY_FILE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String data = environment.getOrDefault("CROSSCHECK_DATA_DIR", "data");
        return Path.of(data.isBlank() ? "data" : data, "keys", "provenance-ed25519.pem");
    }
}
