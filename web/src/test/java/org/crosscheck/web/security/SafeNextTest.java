package org.crosscheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNextTest {

    @Test
    void afterSigningInAPersonReturnsToThePageTheyAskedFor() {
        assertThat(SignInPages.safeNext("/admin/users?tab=1")).isEqualTo("/admin/users?tab=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example", "javascript:alert(1)",
            "/sign-in", "/ok\r\nSet-Cookie: x=y", ""})
    void signingInNeverSendsAPersonOffSite(String next) {
        assertThat(SignInPages.safeNext(next)).isEqualTo("/");
    }
}
