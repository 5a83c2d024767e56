package org.crosscheck.core.article;

import org.crosscheck.core.time.ReportedDate;

/** What the feed or the editor already knows about an article; any field may be {@code null}. */
public record GivenMetadata(String url, String outlet, ReportedDate published, String title) {

    private static final GivenMetadata NONE = new GivenMetadata(null, null, null, null);

    public static GivenMetadata none() {
        return NONE;
    }
}
