package org.crosscheck.web.api.claims;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.crosscheck.db.publication.PublishedVerdicts;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;
import org.crosscheck.web.api.problem.Problem;
import org.crosscheck.web.publication.ClaimReviewMarkup;
import org.crosscheck.web.publication.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A published verdict as schema.org ClaimReview: the markup its public page embeds. */
@Path("/api/verdicts")
public class VerdictResource {

    private final PublishedVerdicts verdicts;
    private final PublicRead read;
    private final PublicAddress address;
    private final String newsroom;

    VerdictResource(PublishedVerdicts verdicts, PublicRead read, PublicAddress address, @ConfigProperty(name = "crosscheck.newsroom.name") String newsroom) {
        this.verdicts = verdicts;
        this.read = read;
        this.address = address;
        this.newsroom = newsroom;
    }

    @GET
    @Path("/{id}")
    @Produces(ClaimResource.LINKED_DATA)
    @Operation(summary = "A published verdict as schema.org ClaimReview (JSON-LD)", description = "claimReviewed, reviewRating (on a 1 to 5 "
            + "scale, with the newsroom's label as alternateName), url, author, datePublished, dateModified, headline, reviewBody, and "
            + "itemReviewed: the Claim with its author, first appearance and every appearance. Drafts are never served.")
    @APIResponse(responseCode = "200", description = "the ClaimReview")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "the id is not a positive number", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no published verdict has this id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "the verdict was retracted", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response verdict(@Parameter(description = "the verdict id") @PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        Long key = QueryParameters.optionalId("id", id);
        if (key == null) {
            throw new BadQuery("id", "id must be a positive id");
        }
        FactCheck found = verdicts.byId(key).orElse(null);
        if (found == null) {
            return Problem.of(404, "no-such-verdict", "No such verdict", "no published verdict has id " + key, "id").toResponse();
        }
        if ("retracted".equals(found.status())) {
            return Problem.of(410, "verdict-retracted", "The verdict was retracted", "verdict " + key + " was retracted; its page "
                    + address.of(uri, "/fact-checks/" + found.slug()) + " says so", "id").toResponse();
        }
        return read.json(request, ClaimReviewMarkup.of(found, address.base(uri), newsroom), ClaimResource.LINKED_DATA);
    }
}
