package org.crosscheck.web.newsroom;

import org.crosscheck.web.Newsroom;
import java.util.UUID;

/**
 * Invented stories in the shape of the founding case: a parliament's resolution, later in the same article
 * credited to the same kind of body of another country; and a second outlet reporting the resolution.
 * Every call gives new wording, so each test sees only its own conflict.
 */
final class Stories {

    private Stories() {
    }

    record Pair(int confused, int other) {
    }

    /** Two articles: the confused one, and one that reports the same vote from another outlet. */
    static Pair twoParliaments(String first, String second) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int confused = Desk.ingest("""
                %s lawmakers back river patrols (%s)

                %s's parliament passed a resolution on Monday demanding the return of the seized grain barges.

                The vote followed weeks of talks over the smuggling routes along the border river.

                In its statement, %s's parliament said the seized grain barges must be returned without delay.
                """.formatted(first, tag, first, second), "The Delta Ledger " + tag, "2024-03-04");
        int other = Desk.ingest("""
                Lawmakers demand barges back (%s)

                %s's parliament passed a resolution on Monday demanding the return of the seized grain barges, officials said.

                Opposition members said the dispute would hurt exports.
                """.formatted(tag, first), "Harbour Gazette " + tag, "2024-03-05");
        Newsroom.awaitExtracted(confused);
        Newsroom.awaitExtracted(other);
        return new Pair(confused, other);
    }

    /** The attribution conflict found in the confused article. */
    static long conflictIn(int document) {
        return Desk.number("SELECT c.id FROM conflict c WHERE c.kind = 'attribution' AND EXISTS (SELECT 1 FROM conflict_side s "
                + "WHERE s.conflict_id = c.id AND s.document_id = " + document + ") ORDER BY c.id LIMIT 1");
    }
}
