package org.crosscheck.web.api.claims;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.publication.EntityLookup;
import org.crosscheck.db.publication.EntityLookup.EntityRecord;
import org.crosscheck.web.api.problem.Problem;
import org.crosscheck.web.publication.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Actors (people, bodies, countries, places, groups) by any name they were reported under. */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    record Entity(long id, String kind, String name, String country, String wikidata, List<String> aliases, double similarity, int claims,
                  Map<String, String> links) {
    }

    private final EntityLookup entities;
    private final PublicRead read;
    private final PublicAddress address;

    EntityResource(EntityLookup entities, PublicRead read, PublicAddress address) {
        this.entities = entities;
        this.read = read;
        this.address = address;
    }

    @GET
    @Operation(summary = "Find entities by name", description = "Matches every alias ever seen by trigram similarity, so a misspelt or "
            + "partial name still finds the actor; merged entities answer as the one they were merged into. Use an id as the "
            + "entity filter of /api/claims.")
    @APIResponse(responseCode = "200", description = "entities, most similar first, with all aliases and how many claims they act in")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "q is missing or too long, or limit is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response find(@Parameter(description = "a name, up to 1000 characters", required = true) @QueryParam("q") String q,
                         @Parameter(description = "at most this many, 1 to 100 (default 20)") @QueryParam("limit") String limit,
                         @Context Request request, @Context UriInfo uri) {
        String name = QueryParameters.text("q", q);
        if (name == null) {
            throw new BadQuery("q", "q (a name) is required");
        }
        int size = QueryParameters.limit(limit);
        String base = address.base(uri);
        List<Entity> found = entities.find(name, size).stream().map(e -> view(e, base)).toList();
        return read.json(request, new ClaimJson.Page<>(found, null, Map.of()), MediaType.APPLICATION_JSON);
    }

    private static Entity view(EntityRecord e, String base) {
        return new Entity(e.id(), e.kind(), e.name(), e.country(), e.wikidata(), e.aliases(), e.similarity(), e.claims(),
                Map.of("claims", base + "/api/claims?entity=" + e.id()));
    }
}
