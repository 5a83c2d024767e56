package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.db.review.Conflict;
import org.crosscheck.db.review.ConflictFiles;
import org.crosscheck.db.review.ConflictFiles.Side;
import org.crosscheck.db.review.LastChanges;
import org.crosscheck.web.security.Roles;
import org.crosscheck.web.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** A conflict's sides next to each other, and the editor's review: confirm it, dismiss it with a reason, or reopen it. */
@Path("/conflicts/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
public class ConflictPages {

    static final int MAX_REASON = 2_000;

    /** What the page shows: the conflict, its sides, the proposition a verdict would judge, its verdict if written. */
    public record Sheet(long id, String kind, String severity, String status, String statusReason, String explanation, long version,
                        List<Side> sides, ConflictFiles.Subject subject, Long verdictId) {
        public boolean isOpen() {
            return Conflict.OPEN.equals(status);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conflict(Sheet sheet, String reason, Map<String, String> problems, String refusal, boolean canReview);
    }

    private final ConflictFiles files;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Viewer viewer;
    private final SecurityIdentity identity;
    private final VerdictDrafts drafts;
    private final LastChanges lastChanges;

    ConflictPages(ConflictFiles files, EntityManager entityManager, AuditLog audit, Viewer viewer, SecurityIdentity identity,
                  VerdictDrafts drafts, LastChanges lastChanges) {
        this.drafts = drafts;
        this.lastChanges = lastChanges;
        this.files = files;
        this.entityManager = entityManager;
        this.audit = audit;
        this.viewer = viewer;
        this.identity = identity;
    }

    @GET
    public TemplateInstance conflict(long id) {
        return page(sheet(id), "", Map.of(), null);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response confirm(long id, @RestForm long version) {
        return review(id, version, Conflict.CONFIRMED, null, "Conflict confirmed: the outlets do disagree.");
    }

    @POST
    @Path("dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response dismiss(long id, @RestForm long version, @RestForm String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            String problem = why.isEmpty() ? "say why this is not a conflict; the record keeps it" : "at most " + MAX_REASON + " characters";
            return Response.status(Response.Status.BAD_REQUEST).entity(page(sheet(id), why, Map.of("reason", problem), null)).build();
        }
        return review(id, version, Conflict.DISMISSED, why, "Conflict dismissed.");
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response reopen(long id, @RestForm long version) {
        return review(id, version, Conflict.OPEN, null, "Conflict reopened.");
    }

    @GET
    @Path("verdict")
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public TemplateInstance newVerdict(long id) {
        return drafts.blank(subject(id), id);
    }

    /** Resolves the conflict into a new draft verdict on the proposition its sides make. */
    @POST
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response draftVerdict(long id, @RestForm String rating, @RestForm String headline, @RestForm String summary,
                                 @RestForm String claimant, @RestForm("evidence") List<String> evidence) {
        return drafts.draft(subject(id), id, rating, headline, summary, claimant, evidence);
    }

    /** The proposition a verdict on this conflict judges. */
    @Transactional
    long subject(long id) {
        Conflict conflict = found(id);
        return files.subject(conflict, files.sides(id)).map(ConflictFiles.Subject::propositionId).orElseThrow(() -> new NotFoundException(
                "conflict " + id + " has no claim mention to judge; write the verdict on a proposition instead"));
    }

    private Response review(long id, long version, String status, String reason, String done) {
        try {
            change(id, version, status, reason);
        } catch (EditRefused e) {
            return Response.status(Response.Status.CONFLICT).entity(page(sheet(id), reason == null ? "" : reason, Map.of(), e.getMessage())).build();
        }
        viewer.tell(done);
        return Response.seeOther(URI.create("/conflicts/" + id)).build();
    }

    @Transactional
    void change(long id, long version, String status, String reason) {
        Conflict conflict = found(id);
        if (conflict.version != version) {
            throw EditRefused.stale("conflict", lastChanges.of("conflict", id));
        }
        String from = conflict.status;
        // Open conflicts are confirmed or dismissed; reviewed ones reopened; a resolved one follows its verdict.
        boolean reopening = Conflict.OPEN.equals(status);
        if (reopening ? !(Conflict.CONFIRMED.equals(from) || Conflict.DISMISSED.equals(from)) : !conflict.isOpen()) {
            throw new EditRefused("This conflict is " + from + ": nothing to " + (reopening ? "reopen" : "review") + ".");
        }
        conflict.status = status;
        conflict.statusReason = reason;
        conflict.updatedAt = OffsetDateTime.now();
        String action = switch (status) {
            case Conflict.CONFIRMED -> "conflict.confirm";
            case Conflict.DISMISSED -> "conflict.dismiss";
            default -> "conflict.reopen";
        };
        audit.record(viewer.actor(), action, "conflict", id, from + " -> " + status + (reason == null ? "" : ": " + reason));
    }

    @Transactional
    Sheet sheet(long id) {
        Conflict conflict = found(id);
        List<Side> sides = files.sides(id);
        return new Sheet(id, conflict.kind, conflict.severity, conflict.status, conflict.statusReason, conflict.explanation, conflict.version,
                sides, files.subject(conflict, sides).orElse(null), files.verdictOf(id).orElse(null));
    }

    private TemplateInstance page(Sheet sheet, String reason, Map<String, String> problems, String refusal) {
        return Templates.conflict(sheet, reason, problems, refusal, identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.PUBLISHER));
    }

    private Conflict found(long id) {
        Conflict conflict = entityManager.find(Conflict.class, id);
        if (conflict == null) {
            throw new NotFoundException("no conflict " + id);
        }
        return conflict;
    }
}
