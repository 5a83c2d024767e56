package org.crosscheck.web.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.crosscheck.db.publication.PublishedVerdicts;
import org.crosscheck.db.publication.PublishedVerdicts.FactCheck;
import org.crosscheck.db.publication.PublishedVerdicts.Listed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public fact-checks: newest first, and each one with its evidence, correction history and ClaimReview markup. */
@Path("/fact-checks")
@Produces(MediaType.TEXT_HTML)
public class FactCheckPages {

    static final int PAGE_SIZE = 20;

    /** A line of the list, with its dates ready for reading. */
    public record Line(String slug, String headline, String summary, String ratingLabel, String rating, String claim, boolean retracted,
                       String published, String publishedIso) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Line> checks, String older);

        static native TemplateInstance factCheck(FactCheckView check);

        static native TemplateInstance missing(String title, String message);
    }

    private final PublishedVerdicts verdicts;
    private final PublicAddress address;
    private final ObjectMapper json;
    private final String newsroom;

    FactCheckPages(PublishedVerdicts verdicts, PublicAddress address, ObjectMapper json,
                   @ConfigProperty(name = "crosscheck.newsroom.name") String newsroom) {
        this.verdicts = verdicts;
        this.address = address;
        this.json = json;
        this.newsroom = newsroom;
    }

    @GET
    public TemplateInstance list(@QueryParam("before") String before) {
        Instant at = null;
        Long id = null;
        if (before != null && before.matches("\\d{1,18}@[0-9TZ:.\\-]{10,40}")) {
            try {
                at = Instant.parse(before.substring(before.indexOf('@') + 1));
                id = Long.parseLong(before.substring(0, before.indexOf('@')));
            } catch (DateTimeParseException e) {
                at = null; // an unreadable cursor shows the first page
            }
        }
        List<Listed> found = verdicts.list(PAGE_SIZE + 1, at, id);
        List<Line> lines = found.stream().limit(PAGE_SIZE).map(FactCheckPages::line).toList();
        String older = null;
        if (found.size() > PAGE_SIZE) {
            Listed last = found.get(PAGE_SIZE - 1);
            older = last.id() + "@" + last.updated();
        }
        return Templates.list(lines, older);
    }

    @GET
    @Path("/{slug}")
    public Response factCheck(@PathParam("slug") String slug, @Context UriInfo uri) {
        FactCheck found = slug.matches("[a-z0-9]+(-[a-z0-9]+)*") ? verdicts.bySlug(slug).orElse(null) : null;
        if (found == null) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.missing("No such fact-check",
                    "There is no published fact-check at this address.")).build();
        }
        String markup = null;
        if (!"retracted".equals(found.status())) {
            try {
                markup = ClaimReviewMarkup.forScriptElement(json.writeValueAsString(ClaimReviewMarkup.of(found, address.base(uri), newsroom)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("ClaimReview failed to serialise", e);
            }
        }
        return Response.ok(Templates.factCheck(FactCheckView.of(found, markup))).build();
    }

    private static Line line(Listed l) {
        return new Line(l.slug(), l.headline(), l.summary(), l.ratingLabel(), l.rating(), l.proposition(), "retracted".equals(l.status()),
                PublicDates.moment(l.updated()), l.updated().toString());
    }
}
