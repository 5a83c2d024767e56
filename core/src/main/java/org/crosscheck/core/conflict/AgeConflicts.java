package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.normalise.NumberWords;
import org.crosscheck.core.text.Span;

/**
 * One person given different ages in one story (a "number" conflict, LOW): "Pichlmayr, a 47-year-old hotel owner"
 * in one article, "Pichlmayr, 49, said" in another. An age is read only where it stands beside the person's name,
 * so it is that person's. Ages one year apart in articles of different days may be a birthday and are not shown.
 * AgeConflictsTest states the rules.
 */
public final class AgeConflicts {

    /** An age told of a person: where (the name and the age), whose (entity id and name), and the article's day. */
    public record Age(String document, Span span, String person, String name, int years, LocalDate published) implements PersonFacts.Fact {

        @Override
        public String value() {
            return Integer.toString(years);
        }
    }

    private static final String NUMBER = "(\\d{1,3}|[a-z]+(?:-[a-z]+)?)";
    /** After the name: "Pichlmayr, 49,", "Pichlmayr, a 47-year-old hotel owner", "Pichlmayr (49)", "Pichlmayr, aged 49". */
    private static final Pattern AFTER = Pattern.compile("^(?:,\\s+(?:(\\d{1,3})(?=\\s*[,;.)]|\\s+(?:and|said|says|told|who|was|is|has|had)\\b)"
            + "|(?:a|an|the)\\s+" + NUMBER + "-year-old(?:\\s+(?!who\\b|which\\b|that\\b|and\\b)[a-z]+){0,3}|aged\\s+" + NUMBER + "\\b)|\\s+\\((\\d{1,3})\\))");
    /** Before the name: "the 47-year-old hotelier Stefan Pichlmayr". */
    private static final Pattern BEFORE = Pattern.compile("\\b" + NUMBER + "-year-old(?:\\s+[a-z]+){0,3}\\s+$");
    /** How far around a name an age is looked for. */
    private static final int REACH = 60;
    private static final int OLDEST = 120;

    /** The age told beside one mention of a person, if any. */
    public static Optional<Age> read(NameSighting mention, String text, LocalDate published) {
        if (!"person".equals(mention.kind())) {
            return Optional.empty();
        }
        Span name = mention.span();
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + REACH));
        Matcher a = AFTER.matcher(after);
        if (a.find()) {
            String number = firstGroup(a);
            return age(number).map(years -> new Age(mention.document(), new Span(name.start(), name.end() + a.end()),
                    mention.entity(), mention.entityName(), years, published));
        }
        int from = Math.max(0, name.start() - REACH);
        Matcher b = BEFORE.matcher(text.substring(from, name.start()));
        if (b.find()) {
            return age(b.group(1)).map(years -> new Age(mention.document(), new Span(from + b.start(), name.end()),
                    mention.entity(), mention.entityName(), years, published));
        }
        return Optional.empty();
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static Optional<Integer> age(String written) {
        OptionalDouble value = NumberWords.word(written.toLowerCase(Locale.ROOT));
        if (value.isEmpty() || value.getAsDouble() < 1 || value.getAsDouble() > OLDEST) {
            return Optional.empty();
        }
        return Optional.of((int) value.getAsDouble());
    }

    /** How an explanation names a document: its file here, its outlet in the store. */
    private final java.util.function.Function<String, String> documentNames;

    public AgeConflicts() {
        this(java.util.function.Function.identity());
    }

    public AgeConflicts(java.util.function.Function<String, String> documentNames) {
        this.documentNames = documentNames;
    }

    public List<Conflict> find(List<Age> ages) {
        return PersonFacts.find(ages, (a, b, told) -> disagree(a, b), documentNames, ConflictKind.NUMBER, "ages", "aged ",
                "Within one story a person has one age (a birthday explains a year at most).");
    }

    /** Two ages of one person in one story that no birthday between the articles explains. */
    private static boolean disagree(Age a, Age b) {
        if (a.years() == b.years() || !PersonFacts.sameStory(a, b)) {
            return false;
        }
        boolean sameDay = a.published() != null && a.published().equals(b.published());
        return Math.abs(a.years() - b.years()) > 1 || sameDay || a.document().equals(b.document());
    }
}
