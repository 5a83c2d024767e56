package org.crosscheck.web.api.claims;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.crosscheck.db.publication.ConflictLookup;
import org.crosscheck.db.publication.ConflictLookup.ConflictQuery;
import org.crosscheck.db.publication.ConflictLookup.ConflictRecord;
import org.crosscheck.db.publication.ConflictLookup.SideRecord;
import org.crosscheck.web.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Conflicts between accounts of the same event (actor, speaker, date, number, name), as reconciliation found them. */
@Path("/api/conflicts")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictResource {

    static final Set<String> KINDS = Set.of("attribution", "date", "number", "name", "other");
    static final Set<String> SEVERITIES = Set.of("low", "medium", "high");
    static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed", "resolved");

    record Side(String label, long document, Long claimMention, Long claim, String outlet, String url, int start, int end, String text) {
    }

    record Conflict(long id, String kind, String severity, String status, String statusReason, String explanation, java.time.Instant created,
                    java.time.Instant updated, List<Side> sides) {
    }

    private final ConflictLookup conflicts;
    private final PublicRead read;

    ConflictResource(ConflictLookup conflicts, PublicRead read) {
        this.conflicts = conflicts;
        this.read = read;
    }

    @GET
    @Operation(summary = "Conflicts, newest first", description = "Each with its kind, severity, review status, explanation and both "
            + "sides: the document, outlet, exact span and the claim (proposition) a side belongs to.")
    @APIResponse(responseCode = "200", description = "a page of conflicts; 'next' is the cursor of the next page, absent on the last")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "a parameter cannot be used (problem JSON; 'field' names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "attribution, date, number, name or other") @QueryParam("kind") String kind,
                         @Parameter(description = "low, medium or high") @QueryParam("severity") String severity,
                         @Parameter(description = "open, confirmed, dismissed or resolved") @QueryParam("status") String status,
                         @Parameter(description = "a claim id: only conflicts one of its mentions is part of") @QueryParam("claim") String claim,
                         @Parameter(description = "results per page, 1 to 100 (default 20)") @QueryParam("limit") String limit,
                         @Parameter(description = "the 'next' value of the previous page") @QueryParam("cursor") String cursor,
                         @Context Request request, @Context UriInfo uri) {
        String k = QueryParameters.choice("kind", kind, KINDS);
        String s = QueryParameters.choice("severity", severity, SEVERITIES);
        String st = QueryParameters.choice("status", status, STATUSES);
        Long c = QueryParameters.optionalId("claim", claim);
        String fingerprint = PageCursor.fingerprint(Arrays.asList("conflicts", k, s, st, c));
        var after = PageCursor.decode(cursor, fingerprint);
        ConflictLookup.Page page = conflicts.find(new ConflictQuery(null, k, s, st, c, QueryParameters.limit(limit),
                after == null ? null : after.id()));
        String next = page.next() == null ? null : PageCursor.encode(page.next(), fingerprint);
        return read.json(request, ClaimJson.Page.of(page.items().stream().map(this::view).toList(), next, uri), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conflict with both sides")
    @APIResponse(responseCode = "200", description = "the conflict")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "the id is not a positive number", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such conflict (conflicts that stopped holding are withdrawn)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response one(@Parameter(description = "the conflict id") @PathParam("id") String id, @Context Request request) {
        Long key = QueryParameters.optionalId("id", id);
        List<ConflictRecord> found = conflicts.find(new ConflictQuery(key, null, null, null, null, 1, null)).items();
        if (key == null || found.isEmpty()) {
            return Problem.of(404, "no-such-conflict", "No such conflict", "no conflict has id " + id, "id").toResponse();
        }
        return read.json(request, view(found.get(0)), MediaType.APPLICATION_JSON);
    }

    private Conflict view(ConflictRecord c) {
        return new Conflict(c.id(), c.kind(), c.severity(), c.status(), c.statusReason(), c.explanation(), c.created(), c.updated(),
                c.sides().stream().map(ConflictResource::side).toList());
    }

    private static Side side(SideRecord s) {
        return new Side(s.label(), s.documentId(), s.claimId(), s.propositionId(), s.outlet(), s.url(), s.start(), s.end(), s.text());
    }
}
