package org.crosscheck.web.newsroom;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.crosscheck.db.review.LastChanges;

/**
 * A change the workspace will not make as asked: the item moved on (a colleague saved first, or it was published
 * meanwhile). The page says so and shows again what the editor typed.
 */
public class EditRefused extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    public EditRefused(String message) {
        super(message);
    }

    /** A change over a state the editor never saw, told who made the last change and when, from the audit log. */
    static EditRefused stale(String itemType, Optional<LastChanges.Change> last) {
        return stale(itemType, last.map(LastChanges.Change::actor).orElse(null), last.map(LastChanges.Change::at).orElse(null));
    }

    /** A save over a state the editor never saw: "changed by X at T". */
    static EditRefused stale(String what, String by, OffsetDateTime at) {
        String when = at == null ? "a moment ago" : "at " + WHEN.format(at.withOffsetSameInstant(ZoneOffset.UTC));
        return new EditRefused("This " + what + " was changed by " + (by == null ? "someone else" : by) + " " + when
                + " while you had it open. Nothing you typed is lost: check it against the current version and save again.");
    }
}
