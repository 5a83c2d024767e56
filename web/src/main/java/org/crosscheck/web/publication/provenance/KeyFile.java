package org.crosscheck.web.publication.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signing key's PEM file (private and public key, readable by the owner only), read and written the same way by
 * the server and by {@code ./crosscheck rotate-key}. A new file is written beside the old one and moved over it, so
 * a crash never leaves half a key.
 */
final class KeyFile {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private KeyFile() {
    }

    /** A new key pair written to {@code file}, replacing whatever was there. */
    static KeyPair create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path fresh = Files.createTempFile(directory, "provenance-key", ".tmp");
        try {
            Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            System.err.println("the file system has no POSIX permissions: protect " + file + " by other means");
        }
        String pem = block("PRIVATE KEY", pair.getPrivate().getEncoded()) + block("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.writeString(fresh, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return pair;
    }

    static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] privateBytes = null;
        byte[] publicBytes = null;
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            if (block.group(1).equals("PRIVATE KEY")) {
                privateBytes = der;
            } else if (block.group(1).equals("PUBLIC KEY")) {
                publicBytes = der;
            }
        }
        if (privateBytes == null || publicBytes == null) {
            throw new GeneralSecurityException("the file needs a PRIVATE KEY and a PUBLIC KEY block");
        }
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        KeyPair pair = new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicBytes)), keys.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)));
        // a public key that does not belong to the private one would publish a key no report verifies with
        byte[] probe = "crosscheck".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(probe);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(probe);
        if (!verifier.verify(signer.sign())) {
            throw new GeneralSecurityException("the PUBLIC KEY block does not belong to the PRIVATE KEY block");
        }
        return pair;
    }

    private static String block(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
