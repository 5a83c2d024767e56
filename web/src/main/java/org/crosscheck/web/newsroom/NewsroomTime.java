package org.crosscheck.web.newsroom;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the workspace pages print them: to the minute, in UTC, the same for every editor wherever they sit. */
@TemplateExtension
public final class NewsroomTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private NewsroomTime() {
    }

    /** {@code {time.readable}} in a template. */
    static String readable(OffsetDateTime time) {
        return time == null ? "" : MINUTE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
