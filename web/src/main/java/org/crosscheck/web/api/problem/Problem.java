package org.crosscheck.web.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An RFC 9457 problem detail: what went wrong, in words a client developer can act on, and the request field at
 * fault when there is one. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPES = "https://crosscheck.invalid/problems/";

    public static Problem of(int status, String slug, String title, String detail, String field) {
        return new Problem(URI.create(TYPES + slug), title, status, detail, field);
    }

    public Response toResponse() {
        return Response.status(status).type(JSON).entity(this).build();
    }
}
