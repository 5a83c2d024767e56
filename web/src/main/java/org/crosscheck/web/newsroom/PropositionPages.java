package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.review.PropositionFiles;
import org.crosscheck.db.review.PropositionFiles.Mention;
import org.crosscheck.web.security.Roles;
import org.jboss.resteasy.reactive.RestForm;

/** A proposition's file: its mentions side by side, outlet by outlet, and what it is tied to. */
@Path("/propositions/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
public class PropositionPages {

    /** One outlet's column: its mentions of the proposition. */
    public record Column(String outlet, List<Mention> mentions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposition(PropositionFiles.Summary summary, List<Column> columns, int mentions,
                                                   List<PropositionFiles.ConflictLine> conflicts, List<PropositionFiles.Related> related,
                                                   List<PropositionFiles.VerdictLine> verdicts, boolean canWrite);
    }

    private final PropositionFiles files;
    private final SecurityIdentity identity;
    private final VerdictDrafts drafts;

    PropositionPages(PropositionFiles files, SecurityIdentity identity, VerdictDrafts drafts) {
        this.files = files;
        this.identity = identity;
        this.drafts = drafts;
    }

    @GET
    @Path("verdict")
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public TemplateInstance newVerdict(long id) {
        return drafts.blank(id, null);
    }

    @POST
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response draftVerdict(long id, @RestForm String rating, @RestForm String headline, @RestForm String summary,
                                 @RestForm String claimant, @RestForm("evidence") List<String> evidence) {
        return drafts.draft(id, null, rating, headline, summary, claimant, evidence);
    }

    @GET
    @Transactional
    public TemplateInstance proposition(long id) {
        PropositionFiles.Summary summary = files.summary(id).orElseThrow(() -> new NotFoundException("no proposition " + id));
        List<Mention> mentions = files.mentions(id);
        Map<String, List<Mention>> byOutlet = new LinkedHashMap<>();
        mentions.forEach(m -> byOutlet.computeIfAbsent(m.outlet() == null ? "Unknown outlet" : m.outlet(), k -> new ArrayList<>()).add(m));
        List<Column> columns = byOutlet.entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
        return Templates.proposition(summary, columns, mentions.size(), files.conflicts(id), files.related(id), files.verdicts(id),
                identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.PUBLISHER));
    }
}
