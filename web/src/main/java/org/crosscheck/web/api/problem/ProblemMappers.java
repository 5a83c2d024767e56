package org.crosscheck.web.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.crosscheck.ingest.article.RejectedArticle;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the API as problem JSON: bad input as 4xx naming the field, our own faults as a bare 500. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response rejected(RejectedArticle rejected) {
        return Problem.of(rejected.reason().status, "rejected-article", "The article cannot be stored", rejected.getMessage(),
                rejected.field()).toResponse();
    }

    /** Quarkus ships its own mapper for this one; ours must win so the client gets problem JSON like everywhere else. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unknownField(UnrecognizedPropertyException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : null;
        String detail = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field '" + unknown.getPropertyName() + "'"
                : e instanceof JsonMappingException ? "a field has the wrong type or form" : "the body is not well-formed JSON";
        return Problem.of(400, "malformed-request", "The request body cannot be read", detail, field).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        return Problem.of(status, "http-" + status, title, e.getMessage(), null).toResponse();
    }

    /** How long a client should wait before retrying while the database is away. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            Log.warnf("request failed, the database is unreachable: %s", e.toString());
            Response problem = Problem.of(503, "database-unavailable", "Service unavailable",
                    "the database cannot be reached; nothing was changed, try again shortly", null).toResponse();
            return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        Log.error("request failed", e);
        return Problem.of(500, "internal-error", "Internal error", "the server failed; the error has been logged", null).toResponse();
    }

    private static String pathOf(JsonMappingException mapping) {
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }
}
