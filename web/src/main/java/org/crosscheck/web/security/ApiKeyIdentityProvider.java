package org.crosscheck.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** An API key to the program holding it: role {@code api}, named after the key, so the log says which key wrote. */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<Credentials.ApiKeySecret> {

    private final ApiKeys keys;

    ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<Credentials.ApiKeySecret> getRequestType() {
        return Credentials.ApiKeySecret.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(Credentials.ApiKeySecret request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> keys.holder(request.secret)
                .map(name -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(name))
                        .addRole(Roles.API)
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }
}
