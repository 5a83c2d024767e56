package org.crosscheck.db.review;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A span in its context, cut for a page that highlights it: the text before (from the start of its sentence),
 * the span itself, the text after (to the end of its sentence). Context is bounded, so a run-on "sentence" of a
 * badly split page cannot flood the page.
 */
public record Passage(String before, String span, String after) {

    static final int MAX_CONTEXT = 300;

    /**
     * The SQL columns that find the sentence bounds around {@code alias}'s start_offset/end_offset in document
     * {@code d}: the start of the sentence the span starts in, the end of the one it ends in (-1 when unknown).
     */
    public static String sentenceBounds(String alias) {
        return "coalesce((SELECT max(t.start_offset) FROM sentence t WHERE t.document_id = d.id AND t.start_offset <= " + alias
                + ".start_offset), -1), coalesce((SELECT min(t.end_offset) FROM sentence t WHERE t.document_id = d.id AND t.end_offset >= "
                + alias + ".end_offset), -1)";
    }

    /** Reads content, sentence start, sentence end from {@code column} on, and cuts around start..end. */
    public static Passage read(ResultSet row, int column, int start, int end) throws SQLException {
        return of(row.getString(column), row.getInt(column + 1), row.getInt(column + 2), start, end);
    }

    public static Passage of(String content, int from, int to, int start, int end) {
        int s = clamp(start, 0, content.length());
        int e = clamp(end, s, content.length());
        int f = from < 0 || from > s ? Math.max(0, s - MAX_CONTEXT) : Math.max(from, s - MAX_CONTEXT);
        int t = to < e ? Math.min(content.length(), e + MAX_CONTEXT) : Math.min(to, e + MAX_CONTEXT);
        return new Passage(content.substring(f, s), content.substring(s, e), content.substring(e, t));
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
