package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A report's signature: Ed25519 over the RFC 8785 canonical bytes of the report without its {@code signature}
 * member. The member names the public key (as a JWK and its thumbprint) and where the newsroom publishes it; a
 * verifier should compare that key with the published one, since anyone can sign an altered copy with a key of
 * their own.
 */
public final class ReportSignature {

    public static final String MEMBER = "signature";
    public static final String ALGORITHM = "Ed25519";
    public static final String CANONICALIZATION = "RFC 8785 JSON Canonicalization Scheme of the report without its signature member";

    private ReportSignature() {
    }

    public static ObjectNode sign(ObjectNode report, SigningKey key, String keyUrl) {
        ObjectNode unsigned = report.deepCopy();
        unsigned.remove(MEMBER);
        byte[] value = key.sign(CanonicalJson.bytes(unsigned));
        ObjectNode signature = unsigned.putObject(MEMBER);
        signature.put("algorithm", ALGORITHM);
        signature.put("canonicalization", CANONICALIZATION);
        signature.put("keyId", PublicKeys.thumbprint(key.x()));
        ObjectNode jwk = signature.putObject("publicKey");
        PublicKeys.jwk(key.x()).forEach(jwk::put);
        signature.put("keyUrl", keyUrl);
        signature.put("value", Base64.getUrlEncoder().withoutPadding().encodeToString(value));
        return unsigned;
    }

    /**
     * Why the signature does not hold, or empty when it does. With {@code expected} (the x of each published key) the
     * report must also be signed by one of those keys.
     */
    public static Optional<String> problem(JsonNode report, Set<String> expected) {
        JsonNode signature = report.get(MEMBER);
        if (signature == null || !signature.isObject()) {
            return Optional.of("the report has no signature");
        }
        if (!ALGORITHM.equals(signature.path("algorithm").asText())) {
            return Optional.of("the signature algorithm is not " + ALGORITHM);
        }
        String x = signature.path("publicKey").path("x").asText("");
        if (expected != null && !expected.contains(x)) {
            return Optional.of("the report is signed with key " + PublicKeys.thumbprint(x) + ", not with a published key");
        }
        ObjectNode unsigned = ((ObjectNode) report).deepCopy();
        unsigned.remove(MEMBER);
        Signature verifier;
        try {
            verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(PublicKeys.fromX(x));
        } catch (GeneralSecurityException e) {
            return Optional.of("the signature cannot be checked: its public key is not usable (" + e.getMessage() + ")");
        }
        String mismatch = "the signature does not match the report: it was altered after signing";
        try {
            verifier.update(CanonicalJson.bytes(unsigned));
            return verifier.verify(Base64.getUrlDecoder().decode(signature.path("value").asText(""))) ? Optional.empty() : Optional.of(mismatch);
        } catch (SignatureException e) {
            return Optional.of(mismatch + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            return Optional.of("the report cannot be checked: " + e.getMessage());
        }
    }
}
