package org.crosscheck.web.publication.provenance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ed25519 public keys as reports and the well-known URL carry them: a JSON Web Key (RFC 8037: kty OKP, crv Ed25519,
 * x the 32 raw key bytes in base64url) named by its RFC 7638 thumbprint.
 */
public final class PublicKeys {

    /** The fixed DER head of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows it. */
    private static final byte[] X509_HEAD = HexFormat.of().parseHex("302a300506032b6570032100");

    private PublicKeys() {
    }

    public static String x(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_HEAD.length + 32 || !Arrays.equals(encoded, 0, X509_HEAD.length, X509_HEAD, 0, X509_HEAD.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(encoded, X509_HEAD.length, encoded.length));
    }

    public static PublicKey fromX(String x) throws GeneralSecurityException {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(x);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the key is not base64url");
        }
        if (raw.length != 32) {
            throw new GeneralSecurityException("an Ed25519 key has 32 bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_HEAD, X509_HEAD.length + 32);
        System.arraycopy(raw, 0, encoded, X509_HEAD.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    /** The RFC 7638 thumbprint: SHA-256 of the key's required members in canonical order, base64url. */
    public static String thumbprint(String x) {
        String canonical = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static Map<String, String> jwk(String x) {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", x);
        jwk.put("kid", thumbprint(x));
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        return jwk;
    }
}
