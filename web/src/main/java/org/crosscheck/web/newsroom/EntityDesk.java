package org.crosscheck.web.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.db.review.EntityChanges;
import org.crosscheck.db.review.EntityFiles;
import org.crosscheck.db.review.LastChanges;

/**
 * An editor's corrections of who is who, each in one transaction with its audit line, and each refused when the
 * entity changed since the editor's page was drawn (its version) or when the change makes no sense.
 */
@ApplicationScoped
public class EntityDesk {

    /** What changed: the entity named, the entity made (for a split), the claims whose statements moved. */
    public record Changed(String what, long entity, List<Long> claims) {
    }

    private final EntityFiles files;
    private final EntityChanges changes;
    private final AuditLog audit;
    private final LastChanges lastChanges;

    EntityDesk(EntityFiles files, EntityChanges changes, AuditLog audit, LastChanges lastChanges) {
        this.lastChanges = lastChanges;
        this.files = files;
        this.changes = changes;
        this.audit = audit;
    }

    @Transactional
    public boolean addAlias(long id, long version, String alias, String actor) {
        current(id, version);
        boolean added = changes.addAlias(id, alias);
        if (added) {
            changes.touch(id);
            audit.record(actor, "entity.alias", "entity", id, alias);
        }
        return added;
    }

    @Transactional
    public Changed merge(long kept, long gone, long version, String actor) {
        EntityFiles.Summary keeper = current(kept, version);
        EntityFiles.Summary other = files.summary(gone).orElseThrow(() -> new EditRefused("There is no entity " + gone + "."));
        if (kept == gone) {
            throw new EditRefused("An entity cannot be merged into itself.");
        }
        if (other.mergedIntoId() != null || keeper.mergedIntoId() != null) {
            throw new EditRefused("One of these entities was already merged into another; merge into that one instead.");
        }
        if (!other.kind().equals(keeper.kind())) {
            throw new EditRefused("A " + other.kind() + " cannot be merged into a " + keeper.kind() + ".");
        }
        List<Long> claims = changes.merge(kept, gone);
        audit.record(actor, "entity.merge", "entity", kept, "merged entity " + gone + " (" + other.name() + ")");
        audit.record(actor, "entity.merged", "entity", gone, "merged into entity " + kept + " (" + keeper.name() + ")");
        return new Changed(other.name(), kept, claims);
    }

    @Transactional
    public Changed split(long id, long aliasId, long version, String actor) {
        current(id, version);
        String alias = files.alias(id, aliasId).map(EntityFiles.Alias::alias).orElseThrow(() -> new EditRefused("That alias is not this entity's."));
        EntityChanges.Split split;
        try {
            split = changes.splitAlias(id, aliasId);
        } catch (EntityChanges.Refused e) {
            throw new EditRefused(e.getMessage());
        }
        audit.record(actor, "entity.split", "entity", id, "alias '" + alias + "' split off into entity " + split.entityId());
        return new Changed(alias, split.entityId(), split.claims());
    }

    private EntityFiles.Summary current(long id, long version) {
        EntityFiles.Summary entity = files.summary(id).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no entity " + id));
        if (entity.version() != version) {
            throw EditRefused.stale("entity", lastChanges.of("entity", id));
        }
        return entity;
    }
}
