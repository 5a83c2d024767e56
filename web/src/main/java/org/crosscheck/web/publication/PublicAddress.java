package org.crosscheck.web.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses for what is published: fact-check URLs in ClaimReview, ids in provenance reports, feed
 * links. Behind a proxy the request's own address is not the public one, so {@code crosscheck.public-url} names it;
 * unset, the address the request came to is used.
 */
@ApplicationScoped
public class PublicAddress {

    private final Optional<String> configured;

    PublicAddress(@ConfigProperty(name = "crosscheck.public-url") Optional<String> configured) {
        this.configured = configured.map(String::strip).filter(s -> !s.isEmpty()).map(PublicAddress::withoutTrailingSlash);
    }

    /** The absolute URL of {@code path} (which starts with '/'). */
    public String of(UriInfo request, String path) {
        return base(request) + path;
    }

    public String base(UriInfo request) {
        return configured.orElseGet(() -> withoutTrailingSlash(request.getBaseUri().toString()));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
