package org.crosscheck.web.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers read them ("4 June 2024", "4 June 2024, 14:05 UTC"); the page keeps the exact value in datetime. */
final class PublicDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private PublicDates() {
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    static String moment(Instant at) {
        return at == null ? null : MOMENT.format(at.atOffset(ZoneOffset.UTC));
    }
}
