package org.crosscheck.web.newsroom;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.crosscheck.web.security.Viewer;

/**
 * Starting a verdict, on a proposition or on a conflict (which it resolves), and showing the editor again after a
 * refused save. The resources that own the addresses (a proposition's, a conflict's, a verdict's) call in here.
 */
@ApplicationScoped
public class VerdictDrafts {

    private final VerdictViews views;
    private final VerdictDesk desk;
    private final Viewer viewer;

    VerdictDrafts(VerdictViews views, VerdictDesk desk, Viewer viewer) {
        this.views = views;
        this.desk = desk;
        this.viewer = viewer;
    }

    /** The empty editor for a new verdict; {@code conflict} is null for one on a proposition alone. */
    TemplateInstance blank(long proposition, Long conflict) {
        return VerdictViews.show(views.editor(heading(conflict), action(proposition, conflict), proposition, conflict, VerdictForm.empty(),
                Map.of(), null, views.choices(proposition, conflict, null), false, null));
    }

    Response draft(long proposition, Long conflict, String rating, String headline, String summary, String claimant, List<String> evidence) {
        VerdictForm form = new VerdictForm(rating, headline, summary, claimant, evidence, null, 0);
        EvidenceChoices choices = views.choices(proposition, conflict, null);
        Map<String, String> problems = form.problems(views.ratingCodes(), choices, false);
        if (!problems.isEmpty()) {
            return VerdictViews.again(views.editor(heading(conflict), action(proposition, conflict), proposition, conflict, form, problems, null,
                    choices, false, null), Response.Status.BAD_REQUEST);
        }
        long id;
        try {
            id = desk.draft(proposition, conflict, form, choices, VerdictViews.actor(viewer));
        } catch (EditRefused e) {
            return VerdictViews.again(views.editor(heading(conflict), action(proposition, conflict), proposition, conflict, form, Map.of(),
                    e.getMessage(), choices, false, null), Response.Status.CONFLICT);
        }
        viewer.tell(conflict == null ? "Draft verdict saved." : "Draft verdict saved; the conflict is resolved into it.");
        return toVerdict(id);
    }

    /** The editor again after a refusal: what was typed, why, and the version saved meanwhile beside it. */
    Response refused(long id, String action, String heading, VerdictForm typed, EvidenceChoices choices, boolean correcting, EditRefused e) {
        VerdictViews.Sheet now = views.sheet(id);
        VerdictForm kept = new VerdictForm(typed.rating(), typed.headline(), typed.summary(), typed.claimant(), typed.evidence(),
                typed.correctionNote(), now.version());
        return VerdictViews.again(views.editor(heading, action, now.propositionId(), now.conflictId(), kept, Map.of(), e.getMessage(), choices,
                correcting, now.current()), Response.Status.CONFLICT);
    }

    EvidenceChoices choicesOf(VerdictViews.Sheet sheet) {
        return views.choices(sheet.propositionId(), sheet.conflictId(), views.currentRevisionId(sheet.id()));
    }

    static Response toVerdict(long id) {
        return Response.seeOther(URI.create("/verdicts/" + id)).build();
    }

    private static String heading(Long conflict) {
        return conflict == null ? "New verdict" : "Resolve conflict " + conflict + " into a verdict";
    }

    private static String action(long proposition, Long conflict) {
        return conflict == null ? "/propositions/" + proposition + "/verdict" : "/conflicts/" + conflict + "/verdict";
    }
}
