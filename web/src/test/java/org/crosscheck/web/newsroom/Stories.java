package org.crosscheck.web.newsroom;

import org.crosscheck.web.Newsroom;
import java.util.UUID;

/**
 * Invented stories in the shape of the founding case: a parliament's resolution, later in the same article
 * credited to the same kind of body of another country; and a second outlet reporting the resolution.
 * Each call's article has its own in-article conflict and its own outlet. The resolution's wording is the same in
 * every call, so calls naming other countries' parliaments also make attribution conflicts across articles, as
 * they should: to see one story's conflict in the queue, filter it by the story's outlet.
 */
final class Stories {

    private Stories() {
    }

    /** The confused article, the other outlet's, and the confused article's outlet (unique to the call). */
    record Pair(int confused, int other, String outlet) {
    }

    /** Two articles: the confused one, and one that reports the same vote from another outlet. */
    static Pair twoParliaments(String first, String second) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String outlet = "The Delta Ledger " + tag;
        int confused = Desk.ingest("""
                %s lawmakers back river patrols (%s)

                %s's parliament passed a resolution on Monday demanding the return of the seized grain barges.

                The vote followed weeks of talks over the smuggling routes along the border river.

                In its statement, %s's parliament said the seized grain barges must be returned without delay.
                """.formatted(first, tag, first, second), outlet, "2024-03-04");
        int other = Desk.ingest("""
                Lawmakers demand barges back (%s)

                %s's parliament passed a resolution on Monday demanding the return of the seized grain barges, officials said.

                Opposition members said the dispute would hurt exports.
                """.formatted(tag, first), "Harbour Gazette " + tag, "2024-03-05");
        Newsroom.awaitExtracted(confused);
        Newsroom.awaitExtracted(other);
        return new Pair(confused, other, outlet);
    }

    /** The attribution conflict found inside the confused article (not one across articles it also takes part in). */
    static long conflictIn(int document) {
        return Desk.number("SELECT c.id FROM conflict c WHERE c.kind = 'attribution' AND c.key LIKE 'document|" + document + "|%' "
                + "ORDER BY c.id LIMIT 1");
    }
}
