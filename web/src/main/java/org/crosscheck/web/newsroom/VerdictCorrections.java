package org.crosscheck.web.newsroom;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.crosscheck.web.security.Roles;
import org.crosscheck.web.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** Correcting a published verdict: a publisher writes a new revision and the note readers see with it. */
@Path("/verdicts/{id}/correction")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PUBLISHER)
public class VerdictCorrections {

    private static final String HEADING = "Correct the published verdict";

    private final VerdictViews views;
    private final VerdictDesk desk;
    private final VerdictDrafts drafts;
    private final Viewer viewer;

    VerdictCorrections(VerdictViews views, VerdictDesk desk, VerdictDrafts drafts, Viewer viewer) {
        this.views = views;
        this.desk = desk;
        this.drafts = drafts;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance correction(long id) {
        VerdictViews.Sheet sheet = views.sheet(id);
        return VerdictViews.show(views.editor(HEADING, action(id), sheet.propositionId(), sheet.conflictId(), views.currentForm(id), Map.of(),
                null, drafts.choicesOf(sheet), true, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(long id, @RestForm String rating, @RestForm String headline, @RestForm String summary, @RestForm String claimant,
                            @RestForm("evidence") List<String> evidence, @RestForm String correctionNote, @RestForm long version) {
        VerdictViews.Sheet sheet = views.sheet(id);
        VerdictForm form = new VerdictForm(rating, headline, summary, claimant, evidence, correctionNote, version);
        EvidenceChoices choices = drafts.choicesOf(sheet);
        Map<String, String> problems = form.problems(views.ratingCodes(), choices, true);
        if (!problems.isEmpty()) {
            return VerdictViews.again(views.editor(HEADING, action(id), sheet.propositionId(), sheet.conflictId(), form, problems, null, choices,
                    true, null), Response.Status.BAD_REQUEST);
        }
        try {
            desk.correct(id, form, choices, VerdictViews.actor(viewer));
        } catch (EditRefused e) {
            return drafts.refused(id, action(id), HEADING, form, choices, true, e);
        }
        viewer.tell("Correction published, with its note.");
        return VerdictDrafts.toVerdict(id);
    }

    private static String action(long id) {
        return "/verdicts/" + id + "/correction";
    }
}
