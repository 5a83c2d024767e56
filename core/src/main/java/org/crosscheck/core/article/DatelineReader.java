package org.crosscheck.core.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.time.ReportedDate;

/**
 * Reads the publication date a page prints near an article: "Wednesday, 05 May 2021 6:23 AM", "May 5, 2021",
 * "2021-05-05", "Published: 5 May 2021". Only calendar dates with a year: "on May 3" in a sentence is an event, and
 * "Tuesday" needs a reference date that only a dateline can give.
 */
final class DatelineReader {

    /** A date found in a line: the date and where, as indices into that line. */
    record Found(ReportedDate date, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** Words a dateline may carry besides the date itself. */
    private static final Set<String> DATELINE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a", "m", "p", "gmt", "utc", "cet",
            "cest", "eet", "eest", "bst", "est", "edt", "pst", "pdt", "at", "on", "published", "posted", "updated",
            "last", "modified", "first", "date", "local", "time");
    private static final Pattern LABEL = Pattern.compile("\\b(?:published|posted|updated|last modified|date)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("\\b(?:published|posted)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile("\\b(?:updated|modified)\\b", Pattern.CASE_INSENSITIVE);
    private static final int LONGEST_DATELINE = 200;

    private DatelineReader() {
    }

    /** The date a dateline states, or {@code null} when the line is not a dateline. */
    static Found dateline(String line) {
        if (line.length() > LONGEST_DATELINE) {
            return null;
        }
        boolean labelled = LABEL.matcher(line).find();
        Found found = firstPublished(line);
        if (found == null) {
            return null;
        }
        return labelled || onlyDatelineWordsBesides(line, found) ? found : null;
    }

    /** "Published: ...", "Updated ...": the page says that this date is the article's. */
    static boolean isLabelled(String line) {
        return line.length() <= LONGEST_DATELINE && LABEL.matcher(line).find();
    }

    /** "Published 5 May | Updated 6 May", "Updated 6 May, first published 5 May": a story is dated by its first publication. */
    private static Found firstPublished(String line) {
        Matcher published = PUBLISHED.matcher(line);
        if (published.find()) {
            Found after = firstDate(line.substring(published.end()));
            if (after != null) {
                int shift = published.end();
                return new Found(after.date(), after.start() + shift, after.end() + shift);
            }
        }
        Matcher updated = UPDATED.matcher(line);
        if (updated.find() && updated.start() > 0) {
            Found before = firstDate(line.substring(0, updated.start()));
            if (before != null) {
                return before;
            }
        }
        return firstDate(line);
    }

    /** The first calendar date with a year in {@code text}, or {@code null}. */
    static Found firstDate(String text) {
        Found best = null;
        best = earlier(best, dayMonthYear(DAY_MONTH_YEAR.matcher(text), 1, 2, 3));
        best = earlier(best, dayMonthYear(MONTH_DAY_YEAR.matcher(text), 2, 1, 3));
        best = earlier(best, numeric(ISO.matcher(text), 3, 2, 1));
        best = earlier(best, numeric(DOTTED.matcher(text), 1, 2, 3));
        best = earlier(best, slashed(SLASHED.matcher(text)));
        if (best == null) {
            Matcher m = MONTH_YEAR.matcher(text);
            if (m.find() && !followsANumber(text, m.start())) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), monthNumber(m.group(1)));
                best = new Found(ReportedDate.month(month), m.start(), m.end());
            }
        }
        return best;
    }

    /** "31 February 2021" states a day, an impossible one: it is not a month-precise date. */
    private static boolean followsANumber(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (PageLine.isBlank(text.charAt(i)) || Character.isLetter(text.charAt(i)) && i >= start - 6)) {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    private static Found earlier(Found a, Found b) {
        return a == null || b != null && b.start() < a.start() ? b : a;
    }

    private static Found dayMonthYear(Matcher m, int day, int month, int year) {
        while (m.find()) {
            Found found = at(m, Integer.parseInt(m.group(year)), monthNumber(m.group(month)),
                    Integer.parseInt(m.group(day)));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Found numeric(Matcher m, int day, int month, int year) {
        while (m.find()) {
            Found found = at(m, Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day)));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** 05/06/2021 is May or June depending on the country: only read it when both readings agree or one is impossible. */
    private static Found slashed(Matcher m) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (a == b || a > 12 && b <= 12) {
                return at(m, year, b, a);
            }
            if (b > 12 && a <= 12) {
                return at(m, year, a, b);
            }
        }
        return null;
    }

    private static Found at(Matcher m, int year, int month, int day) {
        try {
            return new Found(ReportedDate.day(LocalDate.of(year, month, day)), m.start(), m.end());
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static boolean onlyDatelineWordsBesides(String line, Found found) {
        String rest = line.substring(0, found.start()) + " " + line.substring(found.end());
        for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !DATELINE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
