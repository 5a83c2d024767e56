package org.crosscheck.web.api.claims;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.db.NameKey;
import org.crosscheck.db.publication.ClaimQuery;
import org.crosscheck.db.publication.ClaimQuery.Position;
import org.crosscheck.db.publication.ClaimRecords;
import org.crosscheck.db.publication.ClaimSearch;
import org.crosscheck.db.publication.PublishedVerdicts;
import org.crosscheck.web.api.problem.Problem;
import org.crosscheck.web.publication.PublicAddress;
import org.crosscheck.web.publication.provenance.SignedProvenance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** "Has this claim been checked?": the stored propositions, ranked against free text, and each one on its own. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    static final String LINKED_DATA = "application/ld+json";
    /** Says whether a lookup was answered from memory ("hit") or computed ("miss"). */
    static final String CACHE_HEADER = "X-Lookup-Cache";

    private final ClaimSearch search;
    private final ClaimRecords records;
    private final PublishedVerdicts verdicts;
    private final PublicRead read;
    private final PublicAddress address;
    private final SignedProvenance provenance;
    private final LookupCache cache;

    ClaimResource(ClaimSearch search, ClaimRecords records, PublishedVerdicts verdicts, PublicRead read, PublicAddress address,
                  SignedProvenance provenance, LookupCache cache) {
        this.cache = cache;
        this.provenance = provenance;
        this.search = search;
        this.records = records;
        this.verdicts = verdicts;
        this.read = read;
        this.address = address;
    }

    @GET
    @Operation(summary = "Look up stored claims", description = "Ranks stored propositions by how well any of their mentions matches q "
            + "(every word first, PostgreSQL websearch syntax: quotes for phrases, -word to exclude; its rarest words when that fills no page), "
            + "reranked by trigram similarity of the whole wording; a proposition whose actor q names by an alias ranks higher. "
            + "Without q: newest proposition first. Each result has its published verdict and rating if any, outlets, independent "
            + "count, conflicts and links. Answers are kept in memory while the stored data is unchanged: a change made through "
            + "this server is in its next answer, one made through another server sharing the database within "
            + "crosscheck.public-data.check-interval (500 ms by default).")
    @APIResponse(responseCode = "200", description = "a page of results; 'next' is the cursor of the next page, absent on the last",
            headers = {@Header(name = "ETag", description = "a strong tag of the answer's bytes"),
                    @Header(name = "Cache-Control", description = "public, max-age=60"),
                    @Header(name = CACHE_HEADER, description = "hit: answered from memory; miss: computed for this request")})
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "a parameter cannot be used (problem JSON; 'field' names it): q over 1000 "
            + "characters or with a NUL, entity not a positive whole number, an outlet no stored article came from, since not a date, "
            + "rating not a rating code, limit outside 1 to 100, or a cursor not given out for this query",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response lookup(@Parameter(description = "free text, up to 1000 characters") @QueryParam("q") String q,
                           @Parameter(description = "an entity id (see /api/entities): only propositions it acts in or is named in")
                           @QueryParam("entity") String entity,
                           @Parameter(description = "an outlet name (case, accents and spacing ignored): only propositions it carried; "
                                   + "an outlet no stored article came from is refused (400)") @QueryParam("outlet") String outlet,
                           @Parameter(description = "a date (2024-05-07): only propositions with a mention published on or after it")
                           @QueryParam("since") String since,
                           @Parameter(description = "a rating code (true, false, misleading, ...): only propositions whose published "
                                   + "verdict has it") @QueryParam("rating") String rating,
                           @Parameter(description = "results per page, 1 to 100 (default 20)") @QueryParam("limit") String limit,
                           @Parameter(description = "the 'next' value of the previous page") @QueryParam("cursor") String cursor,
                           @Context Request request, @Context UriInfo uri) {
        String text = QueryParameters.words("q", q);
        Long entityId = QueryParameters.optionalId("entity", entity);
        String outletKey = QueryParameters.text("outlet", outlet) == null ? null : NameKey.of(outlet);
        LocalDate from = QueryParameters.date("since", since);
        String ratingCode = rating == null || rating.isBlank() ? null : QueryParameters.choice("rating", rating, verdicts.ratingCodes());
        int size = QueryParameters.limit(limit);
        String fingerprint = PageCursor.fingerprint(Arrays.asList(text, entityId, outletKey, from, ratingCode));
        Position after = PageCursor.decode(cursor, fingerprint);
        if (after != null && (after.mode() == ClaimQuery.Mode.NEWEST) == (text != null)) {
            throw new BadQuery("cursor", "the cursor is not one this API gave out");
        }
        String base = address.base(uri);
        LookupCache.Key key = new LookupCache.Key(base, text, entityId, outletKey, from, ratingCode, size, after == null ? null : cursor.strip());
        LookupCache.Answer answer = cache.answer(key, () -> {
            ClaimSearch.Page page = search.search(new ClaimQuery(text, entityId, outletKey, from, ratingCode, size, after));
            List<ClaimJson.Claim> items = page.items().stream().map(card -> ClaimJson.of(card, page.scores().get(card.id()), base)).toList();
            String next = page.next() == null ? null : PageCursor.encode(page.next(), fingerprint);
            return read.render(ClaimJson.Page.of(items, next, nextLink(key, next)), MediaType.APPLICATION_JSON);
        });
        return Response.fromResponse(read.respond(request, answer.rendered())).header(CACHE_HEADER, answer.source().name().toLowerCase())
                .build();
    }

    /** The next page's address, written from the normalised parameters: the same question always gets the same bytes. */
    private static String nextLink(LookupCache.Key key, String next) {
        if (next == null) {
            return null;
        }
        StringBuilder link = new StringBuilder(key.base()).append("/api/claims?");
        java.util.function.BiConsumer<String, Object> add = (name, value) -> {
            if (value != null) {
                link.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&');
            }
        };
        add.accept("q", key.text());
        add.accept("entity", key.entity());
        add.accept("outlet", key.outlet());
        add.accept("since", key.since());
        add.accept("rating", key.rating());
        add.accept("limit", key.limit());
        add.accept("cursor", next);
        return link.substring(0, link.length() - 1);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stored claim (a proposition) with every mention, its conflicts and its published verdict",
            description = "Ids never change meaning: an id names the reconciliation group it was created for. When reconciliation "
                    + "merges that group into another, the id redirects (308) to the proposition that now holds its mentions; when "
                    + "its mentions went to several, the answer is 410 naming them.")
    @APIResponse(responseCode = "200", description = "the proposition")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "308", description = "the proposition was merged into the one in Location")
    @APIResponse(responseCode = "400", description = "the id is not a positive number", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no proposition ever had this id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "the proposition was retired; detail names its successors",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response claim(@Parameter(description = "the proposition id") @PathParam("id") String id, @Context Request request,
                          @Context UriInfo uri) {
        long key = ClaimIds.parse(id);
        return records.find(key).map(found -> read.json(request, ClaimJson.of(found, address.base(uri)), MediaType.APPLICATION_JSON))
                .orElseGet(() -> ClaimIds.gone(records, key, uri, ""));
    }

    @GET
    @Path("/{id}/provenance")
    @Produces({MediaType.APPLICATION_JSON, LINKED_DATA})
    @Operation(summary = "The signed provenance report of a claim", description = "The published verdict (if any) with every published "
            + "revision and who wrote and published it, the proposition and the reconciliation version that formed it, each claim "
            + "mention with its exact span and the extraction version that found it, each document with its SHA-256 and full text, "
            + "and each outlet; signed with Ed25519 over its RFC 8785 canonical form (key at " + SignedProvenance.KEYS_PATH + "). "
            + "Accept: application/ld+json gives the same report in W3C PROV-O with Web Annotation selectors. "
            + "Check it offline with ./crosscheck verify REPORT.json.")
    @APIResponse(responseCode = "200", description = "the report (application/json) or its PROV-O form (application/ld+json)")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag")
    @APIResponse(responseCode = "308", description = "the proposition was merged into another: Location is that one's report")
    @APIResponse(responseCode = "400", description = "the id is not a positive number", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no proposition ever had this id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor JSON-LD", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "the proposition was retired", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response provenance(@Parameter(description = "the proposition id") @PathParam("id") String id, @Context Request request,
                               @Context UriInfo uri, @Context HttpHeaders headers) {
        long key = ClaimIds.parse(id);
        var found = provenance.records(key);
        if (found.isEmpty()) {
            return ClaimIds.gone(records, key, uri, "/provenance");
        }
        String base = address.base(uri);
        if (wantsLinkedData(headers)) {
            return read.json(request, provenance.linkedData(found.get(), base), LINKED_DATA);
        }
        return read.json(request, provenance.json(found.get(), base), MediaType.APPLICATION_JSON);
    }

    /** JSON-LD only when asked for by name ahead of plain JSON: a client that accepts anything gets the plain report. */
    static boolean wantsLinkedData(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return false;
            }
            if (type.getType().equals("application") && type.getSubtype().equals("ld+json")) {
                return true;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
        }
        return false;
    }
}
