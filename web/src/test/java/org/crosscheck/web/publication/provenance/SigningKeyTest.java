package org.crosscheck.web.publication.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The newsroom signs with one key across restarts, kept where only its owner can read it. */
class SigningKeyTest {

    @Test
    void aRestartSignsWithTheKeyCreatedOnFirstStart() throws Exception {
        Path file = Files.createTempDirectory("keys").resolve("nested/provenance.pem");
        SigningKey first = new SigningKey(file);
        SigningKey again = new SigningKey(file);
        assertThat(again.x()).isEqualTo(first.x());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new SigningKey(Files.createTempDirectory("other").resolve("k.pem")).x()).isNotEqualTo(first.x());
    }

    @Test
    void aKeyFileWhosePublicKeyBelongsToAnotherPrivateKeyIsRefused() throws Exception {
        Path one = Files.createTempDirectory("keys").resolve("one.pem");
        Path two = Files.createTempDirectory("keys").resolve("two.pem");
        new SigningKey(one);
        new SigningKey(two);
        String privateOfOne = Files.readString(one).substring(0, Files.readString(one).indexOf("-----BEGIN PUBLIC KEY-----"));
        String publicOfTwo = Files.readString(two).substring(Files.readString(two).indexOf("-----BEGIN PUBLIC KEY-----"));
        Path mixed = one.resolveSibling("mixed.pem");
        Files.writeString(mixed, privateOfOne + publicOfTwo);
        assertThatThrownBy(() -> new SigningKey(mixed)).hasMessageContaining("does not belong");
    }
}
