package org.crosscheck.web.api.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A public read as HTTP caches want it: the body is serialised once, its hash is the strong ETag, a matching
 * If-None-Match gets 304 without a body, and Cache-Control lets shared caches keep it briefly. The same data
 * always serialises to the same bytes, so the tag changes exactly when the answer does.
 */
@ApplicationScoped
public class PublicRead {

    /** How long caches may serve a read without asking again: short, since verdicts and corrections are published at any time. */
    static final String CACHE_CONTROL = "public, max-age=60";

    private final ObjectMapper json;

    PublicRead(ObjectMapper json) {
        this.json = json;
    }

    /** A serialised public answer with its tag: what the lookup cache keeps, so a hit costs no serialising or hashing. */
    public record Rendered(byte[] body, String mediaType, EntityTag tag) {
    }

    public Response json(Request request, Object body, String mediaType) {
        return respond(request, render(body, mediaType));
    }

    public Rendered render(Object body, String mediaType) {
        try {
            return rendered(json.writeValueAsBytes(body), mediaType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public view failed to serialise", e);
        }
    }

    public Response text(Request request, String body, String mediaType) {
        return respond(request, rendered(body.getBytes(StandardCharsets.UTF_8), mediaType));
    }

    private static Rendered rendered(byte[] body, String mediaType) {
        return new Rendered(body, mediaType, new EntityTag(tagOf(mediaType, body)));
    }

    public Response respond(Request request, Rendered answer) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(answer.tag());
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(answer.body(), answer.mediaType());
        return response.tag(answer.tag()).header("Cache-Control", CACHE_CONTROL).header("Vary", "Accept").build();
    }

    private static String tagOf(String mediaType, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(mediaType.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
