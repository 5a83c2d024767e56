package org.crosscheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void generatedPasswordsAreLongRandomAndEasyToType() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = Password.generate();
            assertThat(password).hasSize(20).matches("[a-km-zA-HJ-NP-Z2-9]+");
            assertThat(Password.problemWith(password)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aPasswordNeedsTwelveCharactersAndAtMostWhatBcryptReads() {
        assertThat(Password.problemWith("eleven char")).isPresent();
        assertThat(Password.problemWith("twelve chars")).isEmpty();
        assertThat(Password.problemWith("            ")).isPresent();
        assertThat(Password.problemWith("x".repeat(72))).isEmpty();
        assertThat(Password.problemWith("x".repeat(73))).isPresent();
        assertThat(Password.problemWith("é".repeat(37))).as("74 bytes in UTF-8").isPresent();
        assertThat(Password.problemWith(null)).isPresent();
    }

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = Password.hash("correct horse battery");
        assertThat(hash).startsWith("$2").doesNotContain("correct");
        assertThat(Password.matches("correct horse battery", hash)).isTrue();
        assertThat(Password.matches("correct horse batterY", hash)).isFalse();
        assertThat(Password.matches(null, hash)).isFalse();
        assertThat(Password.matches("correct horse battery" + "!".repeat(60), hash)).as("longer than bcrypt reads").isFalse();
    }
}
