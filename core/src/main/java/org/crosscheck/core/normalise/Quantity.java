package org.crosscheck.core.normalise;

import java.util.Locale;
import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * A number as an article states it: the interval of values the wording allows ("more than 50,000" is
 * [50,000, ∞), "nearly 3 million" [2.7 million, 3 million]), the qualifier that produced it, the noun it
 * counts ("people", "military personnel"; empty when none) and its exact span. {@code measureFirst}: the span runs
 * from the words that say what is counted, told before the figure ("The number of confirmed cases rose to 31",
 * "Turnout was 58.4 per cent").
 */
public record Quantity(double lower, double upper, Qualifier qualifier, String measure, Span span, boolean measureFirst) {

    /** A figure whose span is the figure itself, what it counts told after it ("40 were injured"). */
    public Quantity(double lower, double upper, Qualifier qualifier, String measure, Span span) {
        this(lower, upper, qualifier, measure, span, false);
    }

    /** RISEN_TO: an exact figure given as a new total ("the toll has risen to 12"): a later account of a changing count. */
    public enum Qualifier { EXACT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, ABOUT, NEARLY, VAGUE, RISEN_TO }

    public Quantity {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(span, "span");
        if (Double.isNaN(lower) || Double.isNaN(upper) || upper < lower) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    /** The figure as written: the bound for "more than"/"nearly", the midpoint otherwise. */
    public double stated() {
        return switch (qualifier) {
            case MORE_THAN, AT_LEAST -> lower;
            case LESS_THAN, AT_MOST, NEARLY -> upper;
            default -> Double.isInfinite(upper) ? lower : (lower + upper) / 2;
        };
    }

    /** Agreement under the newsroom's default reading of rounded figures. */
    public boolean agrees(Quantity other) {
        return QuantityAgreement.ROUNDED_FIGURES.agree(this, other);
    }

    /** Whether the two values agree under the default reading of rounded figures, whatever each counts. */
    public boolean valueAgrees(Quantity other) {
        return QuantityAgreement.ROUNDED_FIGURES.overlap(this, other);
    }

    /**
     * "347" and "374", "€48,000" and "€84,000", "24.5%" and "25.4%": two different figures written with the same digits
     * in another order and of the same size, the mark of a transposed digit. Ranges are not figures written once.
     */
    public boolean transposes(Quantity other) {
        // "about 3.5 million" and "about 5.3 million": a figure written once keeps its qualifier through the slip
        boolean once = lower == upper && other.lower == other.upper
                || qualifier == other.qualifier && qualifier != Qualifier.EXACT && qualifier != Qualifier.VAGUE && qualifier != Qualifier.RISEN_TO;
        double a = written();
        double b = other.written();
        if (!once || a == b || Double.isInfinite(a) || Double.isInfinite(b) || a <= 0 || b <= 0) {
            return false;
        }
        java.math.BigDecimal x = java.math.BigDecimal.valueOf(a).stripTrailingZeros();
        java.math.BigDecimal y = java.math.BigDecimal.valueOf(b).stripTrailingZeros();
        String dx = x.unscaledValue().toString();
        String dy = y.unscaledValue().toString();
        // the same size: 3,200 and 2,300, not 1,200 and 210
        boolean sameSize = x.precision() - x.scale() == y.precision() - y.scale();
        return sameSize && dx.length() > 1 && sorted(dx).equals(sorted(dy));
    }

    /** The figure as written, without the reach its qualifier gives it ("about 3.5 million": 3,500,000). */
    private double written() {
        return new java.math.BigDecimal(stated()).round(new java.math.MathContext(9)).doubleValue();
    }

    private static String sorted(String digits) {
        char[] c = digits.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    /** Nouns that count people: "12,000 residents" and "12,000 people" count the same. */
    public static final java.util.Set<String> PEOPLE = java.util.Set.of("person", "civilian", "soldier", "resident", "child",
            "victim", "worker", "migrant", "refugee", "passenger", "casualty", "fatality", "rescuer", "journalist", "villager",
            "inhabitant", "evacuee", "citizen", "man", "men", "woman", "women", "miner", "colleague", "employee", "member",
            "officer", "firefighter", "protester", "demonstrator", "student", "patient", "pupil", "crew", "staff", "survivor",
            "climber", "tourist", "fan", "spectator", "voter", "prisoner", "detainee", "hostage", "sailor", "fisherman",
            "fishermen", "farmer", "nurse", "doctor", "teacher", "police", "policeman", "policemen", "official", "engineer", "suspect",
            "marine", "activist");

    /** What an age counts: "a 46-year-old man" is 46 years of age, not a span of 46 years. */
    public static final String AGE = "years of age";

    /** An age says who someone is, not how many of anything: it compares with ages only. */
    public boolean isAge() {
        return AGE.equals(measure);
    }

    /** A percentage of a named whole ("percent turnout": "turnout was 58.4 per cent"), as the quantity reader writes it. */
    public boolean isShare() {
        return measure.startsWith("percent ") && !countedKind().isEmpty();
    }

    /** A sum of money that says what it is ("euros bribes": "640,000 euros in bribes"), as the quantity reader writes it. */
    public boolean isSumOf() {
        int space = measure.indexOf(' ');
        return space > 0 && MONEY.contains(Measure.of(measure.substring(0, space)).key()) && !countedKind().isEmpty()
                && !UNITS.contains(countedKind());
    }

    /** The currency of a sum ("euros bribes": euro), or empty for a figure that is no sum of money. */
    public String currency() {
        int space = measure.indexOf(' ');
        String first = Measure.of(space > 0 ? measure.substring(0, space) : measure).key();
        return MONEY.contains(first) ? first : MONEY.contains(measureKey()) ? measureKey() : "";
    }

    /**
     * Whether the figure says in full what it counts: a share of a named whole ("percent turnout"), a gap between two
     * counts ("a margin of 112 votes"), or a named noun with what became of it ("passengers stranded", "homes destroyed").
     */
    public boolean saysWhatItCounts() {
        return isShare() || isSumOf() || MARGIN.equals(measure) || !countedKind().isEmpty() && !state().isEmpty() && !isAge() && !UNITS.contains(measureKey());
    }

    /** The gap between two counts ("a margin of 112 votes", "121 votes ahead"): not a count of its own. */
    public static final String MARGIN = "margin";

    /** The measure of a place's size in people ("a city of 90,000"): not a count of people anything happened to. */
    public static final String POPULATION = "population";

    /** Currencies, by {@link #measureKey()}. */
    public static final java.util.Set<String> MONEY = java.util.Set.of("euro", "dollar", "pound", "zloty", "lei", "leu", "kuna",
            "forint", "franc", "yen", "rouble", "ruble", "rupee", "shilling", "peso", "rupiah", "ringgit", "taka", "kwacha", "rand", "naira");

    /** Units of time, by {@link #measureKey()}. */
    public static final java.util.Set<String> TIME_UNITS = java.util.Set.of("year", "month", "week", "day", "hour", "minute", "second",
            "decade", "century");

    /** Units of time, money and size, by {@link #measureKey()}: they measure anything. */
    public static final java.util.Set<String> UNITS = java.util.stream.Stream.of(TIME_UNITS.stream(), java.util.stream.Stream.of("metre",
            "meter", "kilometre", "kilometer", "mile", "percent", "real", "tonne", "ton", "kilogram", "litre", "liter", "hectare", "m", "bn",
            "million", "billion"), MONEY.stream()).flatMap(u -> u).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Units of weight, volume and area, by {@link #measureKey()}: an amount in one says what it is of ("tonnes of steel"). */
    public static final java.util.Set<String> AMOUNT_UNITS = java.util.Set.of("tonne", "ton", "kilogram", "kilo", "litre", "liter",
            "gallon", "barrel", "hectare", "acre");

    /** Whether the figure is measured in a unit ("dozens of kilometres", "9 tonnes of dead fish") rather than counting things. */
    public boolean inUnits() {
        String unit = measureKey().split(" ")[0];
        return UNITS.contains(unit) || AMOUNT_UNITS.contains(unit);
    }

    /**
     * Whether two figures count the same kind of thing: the same noun (one of them none, or both people) in the same
     * state when both say what became of it ("seven miners killed" is not "five miners missing").
     */
    public boolean countsLike(Quantity other) {
        String a = countedKind();
        String b = other.countedKind();
        String x = state();
        String y = other.state();
        // "six days after the dam gave way" does not count the dead, nor "nearly five hours" those displaced: a figure
        // in units never counts like one that counts things, named or not
        return isAge() == other.isAge() && inUnits() == other.inUnits() && isIncrement() == other.isIncrement()
                && (a.isEmpty() || b.isEmpty() || a.equals(b))
                && (x.isEmpty() || y.isEmpty() || x.equals(y));
    }

    private static final java.util.Set<String> INCREMENTS = java.util.Set.of("more", "additional", "further", "extra", "new");

    /** Whether the figure counts people: "seven miners", "40 people", "13 Malawians" (a people's name in the plural). */
    public boolean countsPeople() {
        if ("person".equals(countedKind())) {
            return true;
        }
        String[] words = measure.trim().split("\\s+");
        String head = words[words.length - 1];
        return head.length() > 3 && Character.isUpperCase(head.codePointAt(0)) && (head.endsWith("ans") || head.endsWith("ians")
                || head.endsWith("ese") || head.endsWith("ers") || head.endsWith("ons") || head.endsWith("is"));
    }

    /** "seven more bodies", "12 new cases": what was added to a count, never the count itself. */
    public boolean isIncrement() {
        return INCREMENTS.contains(measure.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whose the counted are, as the measure says: the names in it ("Tanzanian" for "two Tanzanian soldiers"), "of its"
     * for a part of someone's own ("eight of its citizens"), empty when it says nothing of whose.
     */
    public String side() {
        String[] words = measure.split("\\s+");
        if (words.length > 1 && words[0].equals("of")) {
            return "of " + words[1]; // "eight of its citizens": one side's own, the side not named
        }
        StringBuilder names = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                names.append(names.length() > 0 ? " " : "").append(word);
            }
        }
        return names.toString();
    }

    /** What a figure counts, for comparison: "person" for any noun of people ("12 miners", "twelve men"), else {@link #measureKey()}. */
    public String countedKind() {
        String key = measureKey();
        return PEOPLE.contains(key) ? "person" : key;
    }

    /**
     * What the measure says became of the counted ("miners still missing" → missing, "men died" → dead), empty when
     * it says nothing; words of one meaning share a state.
     */
    public String state() {
        return Measure.of(measure).state();
    }

    /** The counted noun reduced for comparison: the last word before any state, singular, lower case ("Military Personnel" → "personnel"). */
    public String measureKey() {
        return Measure.of(measure).key();
    }

    /**
     * A measure read once: reconciliation compares each figure with many others, and reading the same words again
     * for every comparison was a measurable part of an analysis. Kept for the few thousand measures a corpus uses.
     */
    private record Measure(String key, String state) {

        private static final int KEPT = 10_000;
        private static final java.util.Map<String, Measure> READ = new java.util.concurrent.ConcurrentHashMap<>();

        static Measure of(String measure) {
            Measure read = READ.get(measure);
            if (read == null) {
                if (READ.size() >= KEPT) {
                    READ.clear();
                }
                String[] words = words(measure);
                read = new Measure(keyOf(words), stateOf(words));
                READ.put(measure, read);
            }
            return read;
        }

        private static String stateOf(String[] words) {
            for (int k = 0; k < words.length; k++) {
                if (isState(words[k], k == 0) && !ASIDES.contains(words[k])) {
                    return STATE_CLASSES.getOrDefault(words[k], words[k]);
                }
            }
            return "";
        }

        private static String keyOf(String[] words) {
            if (words.length == 0 || isState(words[0], true)) {
                // "five missing", "twelve dead": what became of them, counting nobody in particular
                return "";
            }
            int end = 1;
            while (end < words.length && !isState(words[end], false) && !ASIDES.contains(words[end])) {
                end++;
            }
            if (end == 2 && AMOUNT_UNITS.contains(singular(words[0]))) {
                // "tonnes steel": an amount is keyed by its unit and what it is of, never by the thing alone
                return singular(words[0]) + " " + singular(words[1]);
            }
            String head = words[end - 1];
            if (head.equals("people") || head.equals("persons")) {
                return "person";
            }
            return singular(head);
        }

        private static String singular(String word) {
            if (word.endsWith("ies") && word.length() > 4) {
                return word.substring(0, word.length() - 3) + "y";
            }
            return word.endsWith("s") && !word.endsWith("ss") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        }

        private static String[] words(String measure) {
            String m = measure.trim().toLowerCase(Locale.ROOT);
            return m.isEmpty() ? new String[0] : m.split("\\s+");
        }
    }

    /**
     * A word of what became of the counted ("dead", "missing"), or after the noun any participle ("homes destroyed");
     * first, a participle is more likely the noun's adjective ("armed groups").
     */
    static boolean isState(String word, boolean first) {
        return STATE_CLASSES.containsKey(word) || STATE_WORDS.contains(word)
                || !first && word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed");
    }

    private static final java.util.Set<String> STATE_WORDS = java.util.Set.of("alive", "underground", "left");

    /** Words between the noun and its state ("miners still missing", "men feared dead"): they end the noun, say nothing. */
    private static final java.util.Set<String> ASIDES = java.util.Set.of("still", "now", "already", "also", "reportedly", "feared",
            "believed");

    private static final java.util.Map<String, String> STATE_CLASSES = java.util.Map.ofEntries(
            java.util.Map.entry("killed", "dead"), java.util.Map.entry("dead", "dead"), java.util.Map.entry("died", "dead"),
            java.util.Map.entry("die", "dead"), java.util.Map.entry("missing", "missing"), java.util.Map.entry("trapped", "missing"),
            java.util.Map.entry("unaccounted", "missing"), java.util.Map.entry("injured", "injured"), java.util.Map.entry("hurt", "injured"),
            java.util.Map.entry("wounded", "injured"), java.util.Map.entry("hospitalised", "injured"),
            java.util.Map.entry("hospitalized", "injured"));
}
