package org.crosscheck.web.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a request presents: a session token from the cookie, or an API key from a header. */
final class Credentials {

    private Credentials() {
    }

    static final class SessionToken extends BaseAuthenticationRequest {
        final String token;

        SessionToken(String token) {
            this.token = token;
        }
    }

    static final class ApiKeySecret extends BaseAuthenticationRequest {
        final String secret;

        ApiKeySecret(String secret) {
            this.secret = secret;
        }
    }
}
