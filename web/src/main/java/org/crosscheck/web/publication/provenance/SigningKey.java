package org.crosscheck.web.publication.provenance;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The newsroom's Ed25519 key for signing provenance reports: generated on first start and kept in a PEM file
 * (private and public key, readable by the owner only) so every restart signs with the same key. The file's place
 * is {@code crosscheck.provenance.key-file}, by default in the data directory. {@code ./crosscheck rotate-key}
 * replaces it (see {@link KeyRotation}); the keys it retired are read at start and published beside it.
 */
@ApplicationScoped
@Startup
public class SigningKey {

    private final PrivateKey privateKey;
    private final String x;
    private final List<RetiredKeys.Retired> retired;

    SigningKey(@ConfigProperty(name = "crosscheck.provenance.key-file") Path file) {
        try {
            boolean fresh = !Files.exists(file);
            KeyPair pair = fresh ? KeyFile.create(file) : KeyFile.read(file);
            if (fresh) {
                Log.infof("provenance reports: new Ed25519 signing key %s in %s", PublicKeys.thumbprint(PublicKeys.x(pair.getPublic())), file);
            }
            privateKey = pair.getPrivate();
            x = PublicKeys.x(pair.getPublic());
            retired = RetiredKeys.read(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the provenance signing key " + file.toAbsolutePath() + " cannot be read or created: " + e.getMessage(), e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The public key's x (base64url of its 32 bytes). */
    public String x() {
        return x;
    }

    /** Keys this newsroom signed with before a rotation, still published so the reports they signed verify. */
    public List<RetiredKeys.Retired> retired() {
        return retired;
    }
}
