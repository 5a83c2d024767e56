package org.crosscheck.core.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.crosscheck.core.normalise.Quantity.Qualifier;
import org.crosscheck.core.text.Span;

/**
 * Finds the figures of a passage: "more than 50,000 people", "about 1,200", "nearly 3 million", "two thirds",
 * "5.5 percent", "dozens of". Years and days of the month are left to the date reader. Bounded look-ahead per
 * token keeps the pass linear.
 */
public final class QuantityReader {

    /** Approximate figures are read as ±10%, the margin a sub-editor accepts for "about". */
    private static final double MARGIN = 0.10;

    private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("more than", Qualifier.MORE_THAN), Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("above", Qualifier.MORE_THAN), Map.entry("in excess of", Qualifier.MORE_THAN),
            Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("at least", Qualifier.AT_LEAST),
            Map.entry("no fewer than", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN),
            Map.entry("under", Qualifier.LESS_THAN), Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("up to", Qualifier.AT_MOST), Map.entry("at most", Qualifier.AT_MOST),
            Map.entry("no more than", Qualifier.AT_MOST), Map.entry("about", Qualifier.ABOUT),
            Map.entry("around", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
            Map.entry("roughly", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT),
            Map.entry("an estimated", Qualifier.ABOUT), Map.entry("nearly", Qualifier.NEARLY),
            Map.entry("almost", Qualifier.NEARLY), Map.entry("close to", Qualifier.NEARLY),
            Map.entry("exactly", Qualifier.EXACT));

    /** "dozens of", "thousands of": the range each plural allows. */
    private static final Map<String, double[]> VAGUE = Map.of(
            "dozens", new double[] {24, 99}, "scores", new double[] {40, 99}, "hundreds", new double[] {200, 999},
            "thousands", new double[] {2_000, 9_999}, "millions", new double[] {2e6, 9.99e8});

    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "halves", 0.5, "third", 1.0 / 3,
            "thirds", 1.0 / 3, "quarter", 0.25, "quarters", 0.25, "fifth", 0.2, "fifths", 0.2);

    private static final Set<String> MEASURE_STOPS = Set.of("of", "in", "to", "from", "on", "at", "for", "with", "by",
            "and", "or", "but", "that", "who", "which", "were", "was", "are", "is", "have", "had", "has", "the", "a",
            "an", "as", "than", "into", "since", "after", "before", "during", "ago", "said", "will", "would", "across",
            "over", "under", "near", "around", "throughout", "within", "among", "amid", "against", "per", "including",
            "according", "last", "this", "whom");

    public List<Quantity> find(String text, Span within) {
        return find(Tokenizer.tokens(text, within));
    }

    public List<Quantity> find(List<Token> tokens) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Quantity> q = readAt(tokens, i);
            if (q.isPresent()) {
                int after = indexAfter(tokens, i, q.get().span().end());
                found.add(amountOf(tokens, after, sumOf(tokens, i, after, q.get())));
                i = after;
            } else {
                i++;
            }
        }
        return found;
    }

    private Optional<Quantity> readAt(List<Token> tokens, int i) {
        Optional<Quantity> compound = unitCompound(tokens, i);
        if (compound.isPresent()) {
            return compound;
        }
        int n = qualifierLength(tokens, i);
        Qualifier qualifier = n == 0 ? Qualifier.EXACT : QUALIFIERS.get(phrase(tokens, i, n));
        Optional<Quantity> money = money(tokens, i, i + n, qualifier);
        if (money.isPresent()) {
            return money;
        }
        Token t = tokens.get(i);
        if (n == 0 && (VAGUE.containsKey(t.lower()) || t.is("tens")) && is(tokens, i + 1, "of")) {
            return vague(tokens, i);
        }
        Optional<NumberWords.Reading> number = NumberWords.read(tokens, i + n);
        if (number.isEmpty() || isDatePart(tokens, number.get(), qualifier) || timeOfDay(tokens, number.get())) {
            return Optional.empty();
        }
        int next = number.get().next();
        double value = number.get().value();
        String measure;
        if (next < tokens.size() && FRACTIONS.containsKey(tokens.get(next).lower()) && value < 10) {
            value = 100 * value * FRACTIONS.get(tokens.get(next).lower());
            next++;
            measure = "percent";
        } else if (is(tokens, next, "percent") || is(tokens, next, "%")) {
            next++;
            measure = "percent";
        } else if (is(tokens, next, "per") && is(tokens, next + 1, "cent")) {
            next += 2;
            measure = "percent";
        } else if (is(tokens, next, "of") && next + 2 < tokens.size() && DETERMINERS.contains(tokens.get(next + 1).lower())
                && measureEnd(tokens, next + 2) > next + 2) {
            // "seven of their colleagues": a part of a group counts what the group is; whose group it is ("eight of its
            // citizens") stays in the measure, a side's part of a larger count
            int end = measureEnd(tokens, next + 2);
            boolean whose = POSSESSIVES.contains(tokens.get(next + 1).lower());
            measure = text(tokens, whose ? next : next + 2, end);
            next = end;
        } else {
            int end = measureEnd(tokens, next);
            measure = end > next ? text(tokens, next, end) + passiveState(tokens, end) : "";
            next = end;
        }
        int from = i;
        if (measure.equals("percent")) {
            // "Turnout was 58.4 per cent", "a turnout of 54.8 per cent": a share says what it is a share of, and its
            // words run from that noun
            OptionalInt whole = shareOf(tokens, i);
            OptionalInt after = whole.isPresent() ? OptionalInt.empty() : shareAfter(tokens, i, next);
            if (whole.isPresent()) {
                measure = "percent " + tokens.get(whole.getAsInt()).lower();
                from = whole.getAsInt();
            } else if (after.isPresent()) {
                measure = "percent " + tokens.get(after.getAsInt()).lower();
                next = after.getAsInt() + 1;
            }
            int object = whole.isPresent() || after.isPresent() ? leviedOn(tokens, next) : -1;
            if (object >= 0) {
                // "a 15% tariff on bottled wine" and "a 10% tariff on copper wire" are two rates
                measure += " on " + tokens.get(object).lower();
                next = object + 1;
            }
        }
        if (margin(tokens, i, next, measure)) {
            // "a margin of 112 votes", "ahead by 112 votes", "121 votes ahead of": the gap between two counts
            measure = Quantity.MARGIN;
        } else if (i >= 2 && tokens.get(i - 1).is("of") && SETTLEMENTS.contains(tokens.get(i - 2).lower())
                && (measure.isEmpty() || new Quantity(value, value, Qualifier.EXACT, measure, t.span()).countedKind().equals("person"))) {
            // "a city of about 90,000 people": how many live there, not a count of anyone something happened to
            measure = Quantity.POPULATION;
        } else if (measure.isEmpty() && n == 0 && tally(tokens, i, next)) {
            // "passed by 78 to 61", "voted 142 to nine", "votes 142-9": a tally counts votes
            measure = "votes";
        } else if (measure.isEmpty() && n == 0) {
            Optional<Toll> toll = tollBefore(tokens, i);
            if (toll.isPresent()) {
                measure = toll.get().state();
                qualifier = toll.get().risen() ? Qualifier.RISEN_TO : qualifier;
            } else {
                Optional<NumberOf> counted = numberOfBefore(tokens, i);
                if (counted.isPresent()) {
                    measure = counted.get().measure();
                    qualifier = counted.get().risen() ? Qualifier.RISEN_TO : qualifier;
                    // "rose to 34 on Saturday, from 29 on Friday": the earlier reading's words are its own
                    from = tokens.get(i - 1).is("from") ? i - 1 : counted.get().from();
                }
            }
        }
        Quantity read = inYears(interval(value, qualifier, measure, new Span(tokens.get(from).span().start(), tokens.get(next - 1).span().end())));
        boolean measureFirst = from < i && !tokens.get(from).is("from");
        return Optional.of(measureFirst ? new Quantity(read.lower(), read.upper(), read.qualifier(), read.measure(), read.span(), true) : read);
    }

    /**
     * Whether the figure at {@code i} (its words ending before {@code next}) is a gap between two counts: "a margin of",
     * "a lead of", "a difference of", "ahead by" before it, or "ahead"/"behind" right after its noun.
     */
    private static boolean margin(List<Token> tokens, int i, int next, String measure) {
        boolean before = i >= 2 && (tokens.get(i - 1).is("of") && GAPS.contains(tokens.get(i - 2).lower())
                || tokens.get(i - 1).is("by") && (tokens.get(i - 2).is("ahead") || tokens.get(i - 2).is("behind")));
        String m = measure.toLowerCase(java.util.Locale.ROOT);
        boolean after = is(tokens, next, "ahead") || is(tokens, next, "behind") || m.endsWith(" ahead") || m.endsWith(" behind");
        return before || after;
    }

    /** Verbs that link a share to its noun: "turnout was", "turnout reached", "turnout stood at", "inflation rose to". */
    private static final Set<String> LINKS = Set.of("was", "is", "were", "are", "of", "reached", "hit");
    private static final Set<String> LINKS_BEFORE_AT = Set.of("stood", "stands", "was", "is", "remained", "remains");
    private static final Set<String> LINKS_BEFORE_TO = Set.of("rose", "fell", "climbed", "dropped", "jumped", "slipped", "risen",
            "fallen", "increased", "decreased");
    private static final Set<String> WHERE_OR_WHEN = Set.of("in", "at", "on", "across", "among", "for", "before", "after", "during");
    private static final Set<String> NOT_A_WHOLE = Set.of("that", "this", "which", "what", "there", "these", "those", "they", "figure",
            "number", "total", "rate", "share", "percentage", "proportion", "about", "some");

    /**
     * The noun a percentage is a share of, when it stands right before the verb that gives the figure ("Turnout was
     * 58.4 per cent", "a turnout of 54.8 per cent", "unemployment stood at 6 per cent"): two shares of different wholes
     * are not one measure. A capitalised word inside the sentence is a name, not a measure.
     */
    private static OptionalInt shareOf(List<Token> tokens, int i) {
        int j = i - 1;
        // "a turnout of 71%": the noun is right there; "the offer before the strike was 3.5%": the subject opens the phrase
        boolean of = j >= 1 && tokens.get(j).is("of");
        if (j >= 1 && tokens.get(j).is("at") && LINKS_BEFORE_AT.contains(tokens.get(j - 1).lower())
                || j >= 1 && tokens.get(j).is("to") && LINKS_BEFORE_TO.contains(tokens.get(j - 1).lower())) {
            j -= 2;
        } else if (j >= 1 && LINKS.contains(tokens.get(j).lower())) {
            j -= 1;
        } else {
            return OptionalInt.empty();
        }
        if (j < 0) {
            return OptionalInt.empty();
        }
        if (of) {
            return whole(tokens, j) ? OptionalInt.of(j) : OptionalInt.empty();
        }
        // "Turnout in the run-off was 54.8 per cent": the share's noun may stand before a short phrase of where or when
        for (int k = j; k >= Math.max(1, j - 4); k--) {
            if (WHERE_OR_WHEN.contains(tokens.get(k).lower()) && whole(tokens, k - 1)) {
                return OptionalInt.of(k - 1);
            }
            if (!tokens.get(k).isWord() && !tokens.get(k).text().equals("-")) {
                break;
            }
        }
        return whole(tokens, j) ? OptionalInt.of(j) : OptionalInt.empty();
    }

    /** Whether the word at {@code j} can be what a share is of: a plain noun, not a name, a function word or a verb of change. */
    private static boolean whole(List<Token> tokens, int j) {
        Token noun = tokens.get(j);
        boolean name = noun.isCapitalised() && j > 0 && tokens.get(j - 1).isWord();
        return noun.isWord() && !name && noun.lower().length() >= 4 && noun.lower().chars().allMatch(Character::isLetter)
                && !MEASURE_STOPS.contains(noun.lower()) && !NOT_A_WHOLE.contains(noun.lower()) && !LINKS_BEFORE_TO.contains(noun.lower());
    }

    /**
     * The noun after a percentage that is a share of it: "on a 71% turnout", "a 3.5% pay rise" (the last of up to two
     * plain words after the figure, which an article must open: "a", "an", "the").
     */
    private static OptionalInt shareAfter(List<Token> tokens, int i, int next) {
        // "an additional 15% tariff", "a further 2% rise": one word of more between the article and the figure
        int article = i > 1 && FURTHER.contains(tokens.get(i - 1).lower()) ? i - 2 : i - 1;
        if (article < 0 || !(tokens.get(article).is("a") || tokens.get(article).is("an") || tokens.get(article).is("the"))) {
            return OptionalInt.empty();
        }
        int last = -1;
        for (int k = next; k < tokens.size() && k < next + 2; k++) {
            Token w = tokens.get(k);
            if (!w.isWord() || w.isCapitalised() || w.lower().length() < 3 || !w.lower().chars().allMatch(Character::isLetter)
                    || MEASURE_STOPS.contains(w.lower()) || NOT_A_WHOLE.contains(w.lower())) {
                break;
            }
            last = k;
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    /**
     * What a named rate is levied on, when "on" follows it: "a 15% tariff on Chilean bottled wine", "duties of 25.4% on
     * hot-rolled coil". The last plain word of up to four, after a possessive or "the"; none for a day or a name
     * ("on Monday") or a time ("on last year's").
     */
    private static int leviedOn(List<Token> tokens, int next) {
        if (!is(tokens, next, "on")) {
            return -1;
        }
        int k = next + 1;
        if (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        int last = -1;
        for (int words = 0; k < tokens.size() && words < 4; k++) {
            Token w = tokens.get(k);
            if (w.text().equals("-")) {
                continue;
            }
            if (!w.isWord() || MEASURE_STOPS.contains(w.lower()) || TIME_NOUNS.contains(w.lower())) {
                break;
            }
            words++;
            last = w.isCapitalised() || w.lower().length() < 3 || !w.lower().chars().allMatch(Character::isLetter) ? -1 : k;
        }
        return last;
    }

    private static final Set<String> FURTHER = Set.of("additional", "extra", "further", "new");

    private static final Set<String> GAPS = Set.of("margin", "lead", "difference", "gap", "majority");

    /** Places whose size is given as how many live there: "a city of 90,000". */
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "country", "nation", "region", "island",
            "municipality", "county", "district", "province", "capital", "community", "suburb", "state");

    /** Units a figure can be joined to by a hyphen: "a 40-year concession", "a 48-hour strike", "a four-storey block". */
    private static final Set<String> JOINED_UNITS = Set.of("year", "month", "week", "day", "hour", "minute", "decade", "metre",
            "meter", "kilometre", "kilometer", "mile", "storey", "story", "seat", "member", "percent", "tonne", "ton", "point",
            "year-old");

    /**
     * "a 40-year concession" ("40", "-", "year") and "a forty-year concession" (one word): the figure counts its unit;
     * "a 46-year-old man" is an age. A decade is read as ten years, so "four decades" and "a 40-year" concession compare.
     */
    private static Optional<Quantity> unitCompound(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String number;
        String unit;
        Span span;
        if (t.isNumber() && is(tokens, i + 1, "-") && i + 2 < tokens.size() && JOINED_UNITS.contains(tokens.get(i + 2).lower())) {
            number = t.text().replace(",", "");
            unit = tokens.get(i + 2).lower();
            span = new Span(t.span().start(), tokens.get(i + 2).span().end());
        } else if (t.isWord() && joinedUnit(t.lower()) != null) {
            unit = joinedUnit(t.lower());
            number = t.lower().substring(0, t.lower().length() - unit.length() - 1);
            span = t.span();
        } else {
            return Optional.empty();
        }
        java.util.OptionalDouble value = NumberWords.word(number);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String measure = unit.equals("year-old") ? Quantity.AGE : unit.equals("percent") ? unit : unit.equals("story") ? "stories" : unit + "s";
        return Optional.of(inYears(new Quantity(value.getAsDouble(), value.getAsDouble(), Qualifier.EXACT, measure, span)));
    }

    /** The unit a one-word compound ends in ("forty-year" → year, "forty-six-year-old" → year-old), or null. */
    private static String joinedUnit(String word) {
        if (word.endsWith("-year-old")) {
            return "year-old";
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && JOINED_UNITS.contains(word.substring(hyphen + 1)) ? word.substring(hyphen + 1) : null;
    }

    /** Decades counted as years: "for four decades" is "for 40 years". */
    private static Quantity inYears(Quantity q) {
        String first = q.measure().toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        if (!first.equals("decade") && !first.equals("decades")) {
            return q;
        }
        return new Quantity(q.lower() * 10, q.upper() * 10, q.qualifier(), "years" + q.measure().substring(first.length()), q.span());
    }

    /**
     * Currency signs, the ISO codes wires and trade papers write before a sum ("EUR 38 million"), and the letters some
     * currencies are written with, glued to the figure ("Sh1.2 billion", split off by the {@link Tokenizer}).
     */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("\u20ac", "euros"), Map.entry("$", "dollars"),
            Map.entry("\u00a3", "pounds"), Map.entry("EUR", "euros"), Map.entry("USD", "dollars"), Map.entry("GBP", "pounds"),
            Map.entry("CHF", "francs"), Map.entry("PLN", "zloty"), Map.entry("RON", "lei"), Map.entry("HUF", "forint"),
            Map.entry("JPY", "yen"), Map.entry("RUB", "roubles"), Map.entry("INR", "rupees"), Map.entry("KES", "shillings"),
            Map.entry("Sh", "shillings"), Map.entry("KSh", "shillings"), Map.entry("Ksh", "shillings"), Map.entry("USh", "shillings"),
            Map.entry("TSh", "shillings"), Map.entry("Rs", "rupees"), Map.entry("Rp", "rupiah"), Map.entry("RM", "ringgit"),
            Map.entry("Tk", "taka"));
    /** The currencies written as letters glued to their figure ("Sh1.2 billion"), which the {@link Tokenizer} splits off. */
    static final Set<String> GLUED_CURRENCIES = Set.of("Sh", "KSh", "Ksh", "USh", "TSh", "Rs", "Rp", "RM", "Tk");
    /** Whether a word is a currency's code ("EUR", "USD"), written before a sum. */
    public static boolean isCurrencyCode(String word) {
        return word.length() == 3 && word.chars().allMatch(Character::isUpperCase) && CURRENCIES.containsKey(word);
    }

    private static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "m", 1e6, "bn", 1e9, "mn", 1e6);

    /**
     * "€640,000", "nearly €3 million", "€2.9m", "$3bn": a currency sign before the figure says what it counts, and
     * a letter after it ("m", "bn") its scale.
     */
    private static Optional<Quantity> money(List<Token> tokens, int from, int at, Qualifier qualifier) {
        if (at + 1 >= tokens.size() || !CURRENCIES.containsKey(tokens.get(at).text()) || !tokens.get(at + 1).isNumber()) {
            return Optional.empty();
        }
        String figure = tokens.get(at + 1).text().replace(",", "").toLowerCase(java.util.Locale.ROOT);
        double scale = 1;
        for (Map.Entry<String, Double> suffix : SUFFIXES.entrySet()) {
            if (figure.endsWith(suffix.getKey()) && figure.length() > suffix.getKey().length()
                    && Character.isDigit(figure.charAt(figure.length() - suffix.getKey().length() - 1))) {
                figure = figure.substring(0, figure.length() - suffix.getKey().length());
                scale = suffix.getValue();
            }
        }
        if (!figure.chars().allMatch(c -> Character.isDigit(c) || c == '.') || figure.chars().filter(c -> c == '.').count() > 1) {
            return Optional.empty();
        }
        int next = at + 2;
        if (scale == 1 && next < tokens.size() && NumberWords.scale(tokens.get(next).lower()).orElse(1.0) > 100) {
            scale = NumberWords.scale(tokens.get(next).lower()).orElseThrow();
            next++;
        }
        double value = Double.parseDouble(figure) * scale;
        Span span = new Span(tokens.get(from).span().start(), tokens.get(next - 1).span().end());
        return Optional.of(interval(value, qualifier, CURRENCIES.get(tokens.get(at).text()), span));
    }

    /** Words that join a sum to what it is: "bribes totalling €460,000", "a fine of €30,000", "damage worth €2m". */
    private static final Set<String> SUM_LINKS = Set.of("totalling", "totaling", "worth", "of", "amounting");

    /**
     * What a sum of money is, when the words beside it say ("640,000 euros in bribes", "€10m in emergency aid", "bribes
     * totalling €460,000", "a fine of €30,000"): the measure becomes the currency and that noun ("euros bribes"), so
     * two sums of one thing compare and sums of different things do not.
     */
    private static Quantity sumOf(List<Token> tokens, int start, int after, Quantity q) {
        if (!Quantity.MONEY.contains(q.measureKey()) || q.measure().contains(" ")) {
            return q;
        }
        String noun = null;
        if (after + 1 < tokens.size() && tokens.get(after).is("in")) {
            for (int k = after + 1; k < tokens.size() && k <= after + 3 && plainNoun(tokens.get(k)); k++) {
                noun = tokens.get(k).lower();
            }
        }
        if (noun != null) {
            return new Quantity(q.lower(), q.upper(), q.qualifier(), q.measure() + " " + noun, q.span(), q.measureFirst());
        }
        if (start >= 2 && SUM_LINKS.contains(tokens.get(start - 1).lower()) && plainNoun(tokens.get(start - 2))) {
            // "bribes totalling €460,000": its words run from the noun
            Span span = new Span(tokens.get(start - 2).span().start(), q.span().end());
            return new Quantity(q.lower(), q.upper(), q.qualifier(), q.measure() + " " + tokens.get(start - 2).lower(), span, true);
        }
        return q;
    }

    /** How many words after "of" may say what an amount is of: "tonnes of Chinese hot-rolled steel". */
    private static final int AMOUNT_WORDS = 3;

    /**
     * What an amount measured in a unit of weight, volume or area is of ("1.1 million tonnes of Chinese steel", "27
     * tonnes of dead fish", "3,200 hectares of forest"): the measure becomes the unit and that noun ("tonnes steel"),
     * so two amounts of one thing compare and a tonnage of steel is not a tonnage of fish.
     */
    private static Quantity amountOf(List<Token> tokens, int after, Quantity q) {
        if (!Quantity.AMOUNT_UNITS.contains(q.measureKey()) || q.measure().contains(" ") || !is(tokens, after, "of")) {
            return q;
        }
        String noun = null;
        for (int k = after + 1; k < tokens.size() && k <= after + AMOUNT_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || MEASURE_STOPS.contains(t.lower()) || !t.lower().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                break;
            }
            noun = plainNoun(t) ? t.lower() : null;
        }
        return noun == null ? q : new Quantity(q.lower(), q.upper(), q.qualifier(), q.measure() + " " + noun, q.span(), q.measureFirst());
    }

    private static boolean plainNoun(Token t) {
        return t.isWord() && !t.isCapitalised() && t.lower().length() >= 3 && t.lower().chars().allMatch(Character::isLetter)
                && !MEASURE_STOPS.contains(t.lower()) && !NOT_A_WHOLE.contains(t.lower()) && !TIME_NOUNS.contains(t.lower());
    }

    private static final Set<String> TIME_NOUNS = Set.of("total", "all", "cash", "year", "years", "month", "months", "week", "weeks",
            "day", "days", "future", "advance", "addition", "return", "exchange", "person", "each");

    /** A toll a figure completes: what it counts, and whether it is given as a new total. */
    private record Toll(String state, boolean risen) {
    }

    /** How far back from "to 12" the toll may be named: "the death toll from the explosion at the mine has risen to 12". */
    private static final int TOLL_REACH = 16;

    private static final Set<String> RISES = Set.of("risen", "rose", "rise", "rises", "rising", "climbed", "climbs", "climb",
            "increased", "increases", "bringing", "brought", "brings", "jumped", "reached", "reaches", "now");

    private static final Map<String, String> TOLL_WORDS = Map.of("dead", "dead", "deaths", "dead", "killed", "dead",
            "fatalities", "dead", "injured", "injured", "wounded", "injured", "missing", "missing");

    /**
     * "the death toll ... has risen to 12", "bringing the number of dead to twelve": a figure after "to" or "at"
     * counts the toll named before it in the sentence, given as a new total when a verb of rising says so.
     */
    private static Optional<Toll> tollBefore(List<Token> tokens, int i) {
        if (i == 0 || !(tokens.get(i - 1).is("to") || tokens.get(i - 1).is("at"))) {
            return Optional.empty();
        }
        boolean risen = false;
        for (int k = i - 2; k >= Math.max(0, i - TOLL_REACH); k--) {
            String word = tokens.get(k).lower();
            risen |= RISES.contains(word);
            if (word.equals("toll")) {
                String kind = k > 0 ? TOLL_WORDS.get(tokens.get(k - 1).lower()) : null;
                return Optional.of(new Toll(kind == null ? "dead" : kind, risen || risesBefore(tokens, k)));
            }
            if (word.equals("number") && is(tokens, k + 1, "of") && k + 2 < i && TOLL_WORDS.containsKey(tokens.get(k + 2).lower())) {
                return Optional.of(new Toll(TOLL_WORDS.get(tokens.get(k + 2).lower()), risen || risesBefore(tokens, k)));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> FALLS = Set.of("fell", "fallen", "falls", "dropped", "drops", "declined", "decreased", "stood",
            "stands", "remained", "remains");

    /**
     * "The number of confirmed cases rose to 31", "… rose to 34 on Saturday, from 29 on Friday": a bare figure after
     * "to", "at" or "from" counts what "the number of" before it names (here, as the measure; risen when a verb of
     * rising leads to it).
     */
    /** What "the number of" before a figure names, whether a verb of rising leads to it, and where the phrase starts. */
    private record NumberOf(String measure, boolean risen, int from) {
    }

    private static Optional<NumberOf> numberOfBefore(List<Token> tokens, int i) {
        if (i == 0 || !(tokens.get(i - 1).is("to") || tokens.get(i - 1).is("at") || tokens.get(i - 1).is("from"))) {
            return Optional.empty();
        }
        boolean risen = false;
        for (int k = i - 2; k >= Math.max(0, i - TOLL_REACH); k--) {
            String word = tokens.get(k).lower();
            risen |= RISES.contains(word) && tokens.get(i - 1).is("to");
            if (word.equals("number") && is(tokens, k + 1, "of")) {
                int end = k + 2;
                while (end < i && end < k + 5 && tokens.get(end).isWord() && !MEASURE_STOPS.contains(tokens.get(end).lower())
                        && !RISES.contains(tokens.get(end).lower()) && !FALLS.contains(tokens.get(end).lower())) {
                    end++;
                }
                int from = k > 0 && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("The")) ? k - 1 : k;
                return end > k + 2 ? Optional.of(new NumberOf(text(tokens, k + 2, end), risen, from)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "bringing the number of dead to twelve": the verb of rising just before the toll it moves. */
    private static boolean risesBefore(List<Token> tokens, int toll) {
        for (int k = toll - 1; k >= Math.max(0, toll - 3); k--) {
            if (RISES.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "dozens of", "thousands of", "tens of thousands of". */
    private Optional<Quantity> vague(List<Token> tokens, int i) {
        double[] range = VAGUE.get(tokens.get(i).lower());
        int of = i + 1;
        boolean compound = (tokens.get(i).is("tens") || tokens.get(i).is("hundreds")) && is(tokens, i + 2, "thousands")
                || is(tokens, i + 2, "millions");
        if (compound && is(tokens, i + 3, "of")) {
            double unit = is(tokens, i + 2, "thousands") ? 1e3 : 1e6;
            range = tokens.get(i).is("tens") ? new double[] {20 * unit, 99 * unit} : new double[] {200 * unit, 999 * unit};
            of = i + 3;
        }
        if (range == null) {
            return Optional.empty();
        }
        int end = measureEnd(tokens, of + 1);
        String measure = end > of + 1 ? text(tokens, of + 1, end) : "";
        Span span = new Span(tokens.get(i).span().start(), tokens.get(Math.max(end, of + 1) - 1).span().end());
        return Optional.of(new Quantity(range[0], range[1], Qualifier.VAGUE, measure, span));
    }

    private static Quantity interval(double value, Qualifier qualifier, String measure, Span span) {
        return switch (qualifier) {
            case MORE_THAN, AT_LEAST -> new Quantity(value, Double.POSITIVE_INFINITY, qualifier, measure, span);
            case LESS_THAN, AT_MOST -> new Quantity(0, value, qualifier, measure, span);
            case ABOUT -> new Quantity(value * (1 - MARGIN), value * (1 + MARGIN), qualifier, measure, span);
            case NEARLY -> new Quantity(value * (1 - MARGIN), value, qualifier, measure, span);
            default -> new Quantity(value, value, qualifier, measure, span);
        };
    }

    /** "9:40 p.m.", "at 6 a.m.": the hours and minutes of a clock, not a figure. */
    private static boolean timeOfDay(List<Token> tokens, NumberWords.Reading r) {
        int from = r.from();
        int next = r.next();
        boolean colon = from > 0 && tokens.get(from - 1).is(":") || next < tokens.size() && tokens.get(next).is(":")
                && next + 1 < tokens.size() && tokens.get(next + 1).isNumber();
        boolean meridian = next + 2 < tokens.size() && (tokens.get(next).is("a") || tokens.get(next).is("p")) && tokens.get(next + 1).is(".")
                && tokens.get(next + 2).is("m");
        return tokens.get(from).isNumber() && (colon || meridian);
    }

    /** "2014", "May 3", "3 May": numbers that belong to dates, unless a qualifier marks them as counts. */
    private static boolean isDatePart(List<Token> tokens, NumberWords.Reading r, Qualifier qualifier) {
        Token first = tokens.get(r.from());
        if (!first.isNumber() || qualifier != Qualifier.EXACT) {
            return false;
        }
        boolean yearLike = first.isPlainDigits() && first.text().length() == 4 && r.value() >= 1000 && r.value() < 2200
                && r.next() == r.from() + 1;
        boolean nextToMonth = r.from() > 0 && CalendarWords.month(tokens.get(r.from() - 1)).isPresent()
                || r.next() < tokens.size() && CalendarWords.month(tokens.get(r.next())).isPresent();
        // "2021-05-04" is a date; "votes 142-9" a tally
        boolean tally = r.from() > 0 && VOTING.contains(tokens.get(r.from() - 1).lower());
        boolean isoPart = !tally && (r.from() > 0 && tokens.get(r.from() - 1).is("-") || r.next() < tokens.size() && tokens.get(r.next()).is("-"));
        return yearLike || nextToMonth || isoPart;
    }

    private static int qualifierLength(List<Token> tokens, int i) {
        for (int n = 3; n >= 1; n--) {
            if (i + n < tokens.size() && QUALIFIERS.containsKey(phrase(tokens, i, n))) {
                return n;
            }
        }
        return 0;
    }

    /** Up to three counted words after the figure ("military personnel", "miners still missing"), stopping at function words. */
    private static int measureEnd(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && j - i < 3 && tokens.get(j).isWord() && !MEASURE_STOPS.contains(tokens.get(j).lower())) {
            j++;
        }
        return j;
    }

    private static final Set<String> BE = Set.of("were", "was", "are", "is");
    private static final Set<String> ASIDE = Set.of("still", "reportedly", "also", "now", "being");

    /**
     * What a passive verb right after the counted noun says became of it ("2,000 passengers were stranded", "300 homes
     * were destroyed"), as a state after the noun: " stranded"; empty when there is none.
     */
    private static String passiveState(List<Token> tokens, int end) {
        if (!(end < tokens.size() && BE.contains(tokens.get(end).lower()))) {
            return "";
        }
        int k = end + 1;
        while (k < tokens.size() && ASIDE.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isWord() && Quantity.isState(tokens.get(k).lower(), false) ? " " + tokens.get(k).lower() : "";
    }

    private static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her", "our");

    /** What may stand between "of" and a counted group: "seven of their colleagues". */
    private static final Set<String> DETERMINERS = Set.of("the", "their", "its", "his", "her", "our", "those", "these");

    private static String phrase(List<Token> tokens, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n && k < tokens.size(); k++) {
            b.append(k > i ? " " : "").append(tokens.get(k).lower());
        }
        return b.toString();
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static final Set<String> VOTING = Set.of("by", "voted", "votes", "vote", "voting");

    /** A count of votes for, told as a tally against the votes against: "by 78 to 61", "voted 142 to nine", "142-9". */
    private static boolean tally(List<Token> tokens, int i, int next) {
        if (i == 0 || !VOTING.contains(tokens.get(i - 1).lower()) || !(is(tokens, next, "to") || is(tokens, next, "-"))
                || next + 1 >= tokens.size()) {
            return false;
        }
        Token against = tokens.get(next + 1);
        return against.isNumber() || NumberWords.word(against.lower()).isPresent();
    }

    private static boolean is(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).is(word);
    }

    private static int indexAfter(List<Token> tokens, int i, int end) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).span().start() < end) {
            j++;
        }
        return j;
    }
}
