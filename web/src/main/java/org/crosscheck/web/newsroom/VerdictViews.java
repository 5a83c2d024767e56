package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.db.review.ConflictFiles;
import org.crosscheck.db.review.PropositionFiles;
import org.crosscheck.db.verdict.Rating;
import org.crosscheck.db.verdict.Verdict;
import org.crosscheck.db.verdict.VerdictRepository;
import org.crosscheck.db.verdict.VerdictRepository.CitedEvidence;
import org.crosscheck.db.verdict.VerdictRevision;
import org.crosscheck.web.security.Roles;
import org.crosscheck.web.security.Viewer;

/** The verdict page and the verdict editor, as both the writing and the publishing resources show them. */
@ApplicationScoped
public class VerdictViews {

    /** One revision as the record shows it. */
    public record Revision(int number, String rating, String headline, String summary, String claimant, String correctionNote,
                           String author, String publishedBy, OffsetDateTime publishedAt, List<CitedEvidence> cited) {
    }

    /** The verdict and its whole record, newest revision first. */
    public record Sheet(long id, String slug, String status, long version, long propositionId, String proposition, Long conflictId,
                        String updatedBy, OffsetDateTime updatedAt, Revision current, List<Revision> revisions) {
        public String getStatusLabel() {
            return status.replace('_', ' ');
        }
    }

    /** The editor: where it posts, what it is about, what was typed and what is wrong with it. */
    public record Editor(String heading, String action, long propositionId, String proposition, Long conflictId, VerdictForm form,
                         Map<String, String> problems, String refusal, List<Rating> ratings, EvidenceChoices choices, boolean correcting,
                         Revision saved) {
    }

    @CheckedTemplate(basePath = "VerdictPages")
    static class Templates {
        static native TemplateInstance verdict(Sheet sheet, boolean canEdit, boolean canPublish, String reason, Map<String, String> problems,
                                               String refusal);

        static native TemplateInstance editor(Editor editor);
    }

    private final VerdictRepository verdicts;
    private final PropositionFiles propositions;
    private final ConflictFiles conflicts;
    private final SecurityIdentity identity;

    VerdictViews(VerdictRepository verdicts, PropositionFiles propositions, ConflictFiles conflicts, SecurityIdentity identity) {
        this.verdicts = verdicts;
        this.propositions = propositions;
        this.conflicts = conflicts;
        this.identity = identity;
    }

    static VerdictDesk.Actor actor(Viewer viewer) {
        var person = viewer.person().orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
        return new VerdictDesk.Actor(person.accountId(), person.username());
    }

    @Transactional
    public Sheet sheet(long id) {
        Verdict verdict = verdicts.withEditors(id).orElseThrow(() -> new NotFoundException("no verdict " + id));
        String proposition = propositions.summary(verdict.propositionId).map(PropositionFiles.Summary::text).orElse("");
        List<Revision> revisions = verdicts.revisions(id).stream().map(this::revision).toList();
        return new Sheet(verdict.id, verdict.slug, verdict.status, verdict.version, verdict.propositionId, proposition, verdict.conflictId,
                verdict.updatedBy.displayName, verdict.updatedAt, revisions.get(0), revisions);
    }

    /** The verdict page; {@code reason} and {@code problems} refill a refused retraction, {@code refusal} says why a step was refused. */
    TemplateInstance page(Sheet sheet, String reason, Map<String, String> problems, String refusal) {
        boolean publisher = identity.hasRole(Roles.PUBLISHER);
        return Templates.verdict(sheet, publisher || identity.hasRole(Roles.EDITOR), publisher, reason, problems, refusal);
    }

    /** What a verdict on this proposition (and conflict) may cite and name. */
    @Transactional
    public EvidenceChoices choices(long propositionId, Long conflictId, Long revisionId) {
        EvidenceChoices choices = new EvidenceChoices();
        if (revisionId != null) {
            choices.cited(verdicts.cited(revisionId));
        }
        if (conflictId != null) {
            choices.sides(conflicts.sides(conflictId));
        }
        choices.mentions(propositions.mentions(propositionId));
        propositions.summary(propositionId).ifPresent(s -> choices.claimant(s.actorId(), s.actor()));
        return choices;
    }

    @Transactional
    public Set<String> ratingCodes() {
        return verdicts.ratings().stream().map(r -> r.code).collect(Collectors.toSet());
    }

    @Transactional
    public Editor editor(String heading, String action, long propositionId, Long conflictId, VerdictForm form, Map<String, String> problems,
                         String refusal, EvidenceChoices choices, boolean correcting, Revision saved) {
        String proposition = propositions.summary(propositionId).map(PropositionFiles.Summary::text)
                .orElseThrow(() -> new NotFoundException("no proposition " + propositionId));
        return new Editor(heading, action, propositionId, proposition, conflictId, form, problems, refusal, verdicts.ratings(), choices,
                correcting, saved);
    }

    /** The editor again, with what was typed, the problems or the refusal, and the status that says why. */
    static Response again(Editor editor, Response.Status status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.editor(editor)).build();
    }

    static TemplateInstance show(Editor editor) {
        return Templates.editor(editor);
    }

    private Revision revision(VerdictRevision r) {
        String rating = verdicts.rating(r.ratingCode).map(x -> x.label).orElse(r.ratingCode);
        return new Revision(r.revision, rating, r.headline, r.summary, verdicts.entityName(r.claimantEntityId).orElse(null), r.correctionNote,
                r.author.displayName, r.publishedBy == null ? null : r.publishedBy.displayName, r.publishedAt, verdicts.cited(r.id));
    }

    /** The form filled with a revision's words, for editing or correcting it. */
    static VerdictForm formOf(VerdictRevision r, List<CitedEvidence> cited, long version) {
        return new VerdictForm(r.ratingCode, r.headline, r.summary, r.claimantEntityId == null ? "" : r.claimantEntityId.toString(),
                EvidenceChoices.keys(cited), "", version);
    }

    @Transactional
    public VerdictForm currentForm(long id) {
        Verdict verdict = verdicts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no verdict " + id));
        VerdictRevision revision = verdicts.current(verdict);
        return formOf(revision, verdicts.cited(revision.id), verdict.version);
    }

    @Transactional
    public Long currentRevisionId(long id) {
        Verdict verdict = verdicts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no verdict " + id));
        return verdicts.current(verdict).id;
    }
}
