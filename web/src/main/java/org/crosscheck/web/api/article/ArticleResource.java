package org.crosscheck.web.api.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.crosscheck.ingest.article.ArticleSubmission;
import org.crosscheck.ingest.article.RejectedArticle;
import org.crosscheck.ingest.article.SubmissionRules;
import org.crosscheck.ingest.document.DocumentStore;
import org.crosscheck.ingest.document.IngestOutcome;
import org.crosscheck.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Articles in: each becomes a stored, immutable document (or is found to be one already). */
@Path("/api")
public class ArticleResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stored(long id, String sha256, Long duplicateOf, Long syndicatedFrom, Long corrects) {
        static Stored of(IngestOutcome outcome) {
            return new Stored(outcome.id(), outcome.sha256(), outcome.duplicateOf(), outcome.syndicatedFrom(), outcome.corrects());
        }
    }

    private final DocumentStore store;
    private final DocumentView views;

    ArticleResource(DocumentStore store, DocumentView views) {
        this.store = store;
        this.views = views;
    }

    @POST
    @Path("/articles")
    @RolesAllowed({Roles.API, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article", description = "Exactly one of text and html. The same text again returns the existing document.")
    @APIResponse(responseCode = "201", description = "stored as a new document")
    @APIResponse(responseCode = "200", description = "the same text was stored before; that document is returned")
    @APIResponse(responseCode = "400", description = "invalid field (problem JSON naming it)")
    @APIResponse(responseCode = "401", description = "no API key (Authorization: Bearer KEY or X-Api-Key: KEY) and no signed-in session, or a revoked key")
    @APIResponse(responseCode = "413", description = "text or html larger than 2 MB")
    @APIResponse(responseCode = "415", description = "not a JSON body")
    public Response submit(ArticleSubmission submission, UriInfo uri) {
        if (submission == null) {
            throw RejectedArticle.invalid(null, "the request has no body: send a JSON object with text or html");
        }
        IngestOutcome outcome = store.store(SubmissionRules.check(submission, MediaType.TEXT_PLAIN), "api");
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/documents/{id}").build(outcome.id()))
                : Response.ok();
        return response.entity(Stored.of(outcome)).build();
    }

    @GET
    @Path("/documents/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored document: its exact text, SHA-256, metadata with bases, body ranges and sentences")
    @APIResponse(responseCode = "404", description = "no such document")
    public DocumentView.Json document(long id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("no document " + id));
    }
}
