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

/**
 * A verdict's page and its way to the public: rewritten while a draft or in review, sent for review (or taken
 * back), published by a publisher, retracted with a reason. The verdict comes from the address, never the form.
 */
@Path("/verdicts/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
public class VerdictPages {

    static final int MAX_REASON = 2_000;
    private static final String EDIT = "Edit verdict";

    private final VerdictViews views;
    private final VerdictDesk desk;
    private final VerdictDrafts drafts;
    private final Viewer viewer;

    VerdictPages(VerdictViews views, VerdictDesk desk, VerdictDrafts drafts, Viewer viewer) {
        this.views = views;
        this.desk = desk;
        this.drafts = drafts;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance verdict(long id) {
        return views.page(views.sheet(id), "", Map.of(), null);
    }

    @GET
    @Path("edit")
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public TemplateInstance edit(long id) {
        VerdictViews.Sheet sheet = views.sheet(id);
        return VerdictViews.show(views.editor(EDIT, "/verdicts/" + id + "/edit", sheet.propositionId(), sheet.conflictId(),
                views.currentForm(id), Map.of(), null, drafts.choicesOf(sheet), false, null));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response save(long id, @RestForm String rating, @RestForm String headline, @RestForm String summary, @RestForm String claimant,
                         @RestForm("evidence") List<String> evidence, @RestForm long version) {
        VerdictViews.Sheet sheet = views.sheet(id);
        VerdictForm form = new VerdictForm(rating, headline, summary, claimant, evidence, null, version);
        EvidenceChoices choices = drafts.choicesOf(sheet);
        Map<String, String> problems = form.problems(views.ratingCodes(), choices, false);
        String action = "/verdicts/" + id + "/edit";
        if (!problems.isEmpty()) {
            return VerdictViews.again(views.editor(EDIT, action, sheet.propositionId(), sheet.conflictId(), form, problems, null, choices, false,
                    null), Response.Status.BAD_REQUEST);
        }
        try {
            desk.save(id, form, choices, VerdictViews.actor(viewer));
        } catch (EditRefused e) {
            return drafts.refused(id, action, EDIT, form, choices, false, e);
        }
        viewer.tell("Verdict saved.");
        return VerdictDrafts.toVerdict(id);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response submit(long id, @RestForm long version) {
        return step(id, () -> desk.submit(id, version, VerdictViews.actor(viewer)), "Sent for review: a publisher can now publish it.");
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response returnToDraft(long id, @RestForm long version) {
        return step(id, () -> desk.returnToDraft(id, version, VerdictViews.actor(viewer)), "Back to draft.");
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PUBLISHER)
    public Response publish(long id, @RestForm long version) {
        return step(id, () -> desk.publish(id, version, VerdictViews.actor(viewer)), "Published.");
    }

    @POST
    @Path("retract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PUBLISHER)
    public Response retract(long id, @RestForm long version, @RestForm String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            String problem = why.isEmpty() ? "give the reason readers will see" : "at most " + MAX_REASON + " characters";
            return Response.status(Response.Status.BAD_REQUEST).entity(views.page(views.sheet(id), why, Map.of("reason", problem), null)).build();
        }
        return step(id, () -> desk.retract(id, version, why, VerdictViews.actor(viewer)), "Retracted. The record keeps every revision.");
    }

    /** A one-button step: done, or refused because the verdict moved on; either way the verdict page says which. */
    private Response step(long id, Runnable change, String done) {
        try {
            change.run();
        } catch (EditRefused e) {
            return Response.status(Response.Status.CONFLICT).entity(views.page(views.sheet(id), "", Map.of(), e.getMessage()))
                    .build();
        }
        viewer.tell(done);
        return VerdictDrafts.toVerdict(id);
    }
}
