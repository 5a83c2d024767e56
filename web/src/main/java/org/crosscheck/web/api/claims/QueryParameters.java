package org.crosscheck.web.api.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.ws.rs.core.Response;
import org.crosscheck.db.publication.UnknownFilter;
import org.crosscheck.web.api.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Query parameters read by hand: JAX-RS answers a query parameter it cannot convert with 404, which would tell a
 * client the resource is missing when only its number was malformed.
 */
public final class QueryParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_TEXT = 1000;

    private QueryParameters() {
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        long limit = number("limit", value);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("limit", "limit must be from 1 to " + MAX_LIMIT);
        }
        return (int) limit;
    }

    static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id = number(name, value);
        if (id < 1) {
            throw new BadQuery(name, name + " must be a positive id");
        }
        return id;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadQuery(name, name + " must be a date like 2024-05-07");
        }
    }

    /** Free text, stripped; blank is none. Bounded so that one query cannot ask the database for unbounded work. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadQuery(name, name + " is longer than " + MAX_TEXT + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new BadQuery(name, name + " contains a NUL character");
        }
        return value.strip();
    }

    /**
     * Free text with its runs of white space made one space: the search reads words, so "a  b" and "a b" are one
     * question (and one kept answer).
     */
    static String words(String name, String value) {
        String text = text(name, value);
        return text == null ? null : WHITE_SPACE.matcher(text).replaceAll(" ");
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** One of a fixed set of words (null when absent). */
    static String choice(String name, String value, java.util.Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new BadQuery(name, name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return value;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadQuery(name, name + " must be a whole number");
        }
    }

    /** Maps {@link BadQuery} to problem JSON. */
    public static class Mapper {
        @ServerExceptionMapper
        public Response badQuery(BadQuery e) {
            return Problem.of(400, "bad-query", "The query cannot be answered", e.getMessage(), e.parameter()).toResponse();
        }

        @ServerExceptionMapper
        public Response unknownFilter(UnknownFilter e) {
            return Problem.of(400, "bad-query", "The query cannot be answered", e.getMessage(), e.parameter()).toResponse();
        }
    }
}
