package org.crosscheck.web.api.claims;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.crosscheck.db.publication.ClaimRecords;
import org.crosscheck.db.publication.ClaimRecords.Retired;
import org.crosscheck.web.api.problem.Problem;

/**
 * Public claim ids: positive numbers that always name the reconciliation group they were created for. An id whose
 * proposition reconciliation retired is answered from the record of where its mentions went, so a link published
 * once keeps leading somewhere or says why it cannot.
 */
public final class ClaimIds {

    private ClaimIds() {
    }

    public static long parse(String id) {
        Long parsed = QueryParameters.optionalId("id", id);
        if (parsed == null) {
            throw new BadQuery("id", "id must be a positive id");
        }
        return parsed;
    }

    /**
     * The answer for an id with no live proposition: 308 to the single successor (keeping {@code suffix}, e.g.
     * "/provenance"), 410 naming several successors or none, 404 when no proposition ever had the id.
     */
    public static Response gone(ClaimRecords records, long id, UriInfo uri, String suffix) {
        Retired retired = records.retired(id).orElse(null);
        if (retired == null) {
            return Problem.of(404, "no-such-claim", "No such claim", "no claim has id " + id, "id").toResponse();
        }
        if (retired.successors().size() == 1) {
            return Response.status(308).location(uri.getBaseUriBuilder().path("api/claims/" + retired.successors().get(0) + suffix).build())
                    .build();
        }
        String detail = retired.successors().isEmpty()
                ? "claim " + id + " (\u201c" + retired.text() + "\u201d) was retired by reconciliation and none of its mentions remain"
                : "claim " + id + " (\u201c" + retired.text() + "\u201d) was split by reconciliation into claims "
                        + retired.successors().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Problem.of(410, "claim-retired", "The claim was retired", detail, "id").toResponse();
    }
}
