package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.text.Span;

/**
 * One person given two offices by different articles of one story (an "other" conflict, LOW): "Kyanos chief executive
 * Alexandros Mavridis" in one outlet, "Kyanos's technical director, Alexandros Mavridis" in another; "Deputy Mayor
 * Martina Hollerer" against "Hollerer, the chairwoman of the city council". An office is read only right beside the
 * name, with what it is of ("the former head of the county's roads department"), as is a calling ("a nurse", "the
 * ship's captain"), a post told as what the person does ("who chairs the residents' association") and a party the
 * person is of; all of them are claims outlets corroborate (ClaimBook). Offices that one names more exactly than the
 * other ("Foreign Minister", "minister"), heading one body under two names ("president", "head", "chairwoman"), a
 * calling or a party, or two offices one article gives the same person together are not a conflict; an office held as
 * deputy, acting, interim or former is another office than the office itself. RoleConflictsTest states the rules.
 */
public final class RoleConflicts {

    /** An office told of a person: where (the name and the office), whose, the office as written and its day. */
    public record Role(String document, Span span, String person, String name, String office, LocalDate published) implements PersonFacts.Fact {

        @Override
        public String value() {
            return office;
        }

        /** The office's head noun: "deputy mayor" → mayor, "chief executive" → executive. */
        String head() {
            String[] words = office.split(" ");
            // a cabinet secretary is what other outlets call a minister ("Interior Cabinet Secretary", "interior minister")
            boolean cabinet = words.length > 1 && words[words.length - 1].equals("secretary") && words[words.length - 2].equalsIgnoreCase("cabinet");
            String last = words[words.length - 1];
            // "director general" heads as a director of a kind of its own; "director-general" is written both ways
            String general = last.toLowerCase(Locale.ROOT).replace('-', ' ');
            if (general.endsWith(" general")) {
                return general;
            }
            if (last.equalsIgnoreCase("general") && words.length > 1 && OFFICES.contains(words[words.length - 2].toLowerCase(Locale.ROOT))) {
                return words[words.length - 2].toLowerCase(Locale.ROOT) + " general";
            }
            return cabinet ? "minister" : last;
        }

        /**
         * The office as outlets that agree on it would each put it: how it is held and what kind of post it is, with
         * the names of heading a body taken as one ("the former head of the roads department", "the former president of
         * the council": former head). A party or body a person is "of" is itself the standing told.
         */
        public String kind() {
            if (office.startsWith(OF)) {
                return office;
            }
            if (rank()) {
                return office.toLowerCase(Locale.ROOT);
            }
            String head = HEADS.contains(head()) || head().equals("director") && !functional() ? "head" : head();
            return standing().isEmpty() ? head : String.join(" ", standing()) + " " + head;
        }

        /**
         * A director of one function of a body ("technical director", "executive director") rather than its head
         * ("the roads director", "director of the health authority").
         */
        private boolean functional() {
            for (String w : office.split(" ")) {
                if (FUNCTIONS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** An office in a body, which excludes other offices; a calling, a body's headship in general or a party does not. */
        boolean exclusive() {
            return !office.startsWith(OF) && OFFICES.contains(head().split(" ")[0]) || rank();
        }

        /**
         * A military or coastguard rank given as a title ("Lieutenant Commander"): it excludes other ranks only. Ranks
         * are kept capitalised, as titles, which tells them from the callings read in lower case ("the ship's captain").
         */
        public boolean rank() {
            return !office.isEmpty() && Character.isUpperCase(office.charAt(0)) && RANKS.contains(office.toLowerCase(Locale.ROOT));
        }

        /** How the office is held, when not in full: deputy, vice, acting, interim, former, assistant. */
        Set<String> standing() {
            Set<String> out = new LinkedHashSet<>();
            for (String w : office.split(" ")) {
                if (STANDINGS.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }
    }

    /** Offices a person holds in one body; each excludes the others unless one article gives both. */
    private static final Set<String> OFFICES = Set.of("mayor", "executive", "director", "chairman", "chairwoman", "chairperson",
            "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor", "prosecutor", "commissioner",
            "manager", "ambassador", "treasurer", "councillor", "senator", "editor", "superintendent", "inspector", "coordinator",
            "administrator", "rector", "dean", "principal", "coach", "ceo");
    private static final String OFFICE = "(?:" + String.join("|", new java.util.TreeSet<>(OFFICES)) + ")";
    /**
     * What a person is without holding an office that excludes another: a calling ("a nurse", "the ship's captain"), or
     * heading something in general ("the head of the regional health authority").
     */
    private static final String CALLING = "(?:owner|founder|chief|leader|chair|boss|judge|captain|commander|lawyer|attorney|nurse"
            + "|doctor|surgeon|specialist|expert|researcher|scientist|professor|lecturer|engineer|firefighter|teacher|farmer"
            + "|officer|official|analyst|economist|historian|head(?=\\s+of\\b))";
    /** An office named with "general" after it: "Director General", "Secretary-General", "Attorney General". */
    private static final String ROLE = "(?:" + OFFICE + "(?:[ -]general)?|" + CALLING + ")";
    /** Names of heading a body that outlets use for one post. */
    private static final Set<String> HEADS = Set.of("head", "chief", "leader", "chair", "chairman", "chairwoman", "chairperson",
            "president", "boss", "commander");
    /** What a director can be the director of within a body, rather than heading it. */
    private static final Set<String> FUNCTIONS = Set.of("executive", "managing", "technical", "general", "finance", "financial",
            "operations", "medical", "artistic", "creative", "sales", "marketing", "communications", "research");
    private static final Set<String> STANDINGS = Set.of("deputy", "vice", "acting", "interim", "former", "assistant", "vice-president");
    private static final String QUALIFIER = "(?:(?:deputy|vice|acting|interim|former|assistant|chief|technical|managing|executive|general"
            + "|finance|financial|foreign|interior|health|justice|defence|defense|senior|first|press|operations|medical|regional|national"
            + "|city|state|public|district|head|presiding)[ -])";
    /** A few more words that say which post ("the former roads director"), never a word that starts a clause. */
    private static final String MODIFIERS = "(?:(?!(?:and|or|but|who|which|that|the|a|an|of|to|in|on|at|for|by|with|said|says|told|is|was|has|had|as)\\s)\\p{Ll}[\\p{Ll}-]+\\s+){0,2}";
    private static final String POST = "(" + QUALIFIER + "{0,3}" + MODIFIERS + ROLE + ")";
    /**
     * Before a name, plain lower-case words say which post only after "the", a possessive or a standing ("the former
     * roads director", "former county council president"); otherwise only title-case, capitals or compound words do
     * ("Maritime Affairs Minister", "DNA prosecutor", "civil-protection commander"): a plain word there may be a verb
     * ("accept President ..."). A calling may stand before the office ("coastguard spokeswoman Commander").
     */
    private static final String POST_BEFORE = "((?:" + QUALIFIER + "{1,3}" + MODIFIERS + "|(?-i:(?:\\p{Lu}\\p{L}+\\s+){0,2})"
            + QUALIFIER + "{0,3}(?:\\p{L}+-[\\p{L}-]+\\s+)?)(?:" + ROLE + "\\s+)?" + ROLE + ")";
    private static final String DETERMINER = "(?:(?:the|its|his|her|their|a|an)\\s+)?(?:[\\p{L}.-]+(?:'s|\u2019s)\\s+)?";
    private static final String DETERMINED = "(?:(?:the|its|his|her|their|a|an)\\s+(?:[\\p{L}.-]+(?:'s|\u2019s)\\s+)?|[\\p{L}.-]+(?:'s|\u2019s)\\s+)";
    /** What the post is of, then a comma: without one, "secretary of the Aegean Seafarers" makes the name the body. */
    private static final String OBJECT_BEFORE = "(?:(\\s+(?:of|for|at)\\s+(?:(?!\\sand\\s)[^,;.()\"\u201c\u201d\\n]){1,60}?),|,?)\\s+$";
    /** Before the name: "Kyanos chief executive Alexandros Mavridis", "The head of the city electoral commission, Renate Kastner". */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}'\u2019-])(?:" + DETERMINED + POST + "|" + DETERMINER + POST_BEFORE + ")" + OBJECT_BEFORE);
    /**
     * "Al-Menfi, the head of the council, | Cavusoglu": a post told with "the" right after another name is that name's
     * apposition, not this name's ("On Monday, Health Minister Andrikos" is his).
     */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*,\\s+$");
    /** After the name: "Hollerer, the city's deputy mayor", "Hollerer, 54, the chairwoman of the city council". */
    private static final Pattern AFTER = Pattern.compile("(?i)^,\\s+(?:\\d{1,3},\\s+)?" + DETERMINER + POST + "(?=[\\s,.;])");
    /** "Katerina Doukaki, who chairs the residents' association": a post told as what the person does. */
    private static final Pattern WHO = Pattern.compile("^,\\s+who\\s+(chairs|heads|leads|runs|directs|manages|owns|founded|chaired|headed|led|ran|directed|managed)\\s+(?=\\p{L})");
    /** "Stefan Pichlmayr of the conservative People's Union": the party or body a person is of. */
    private static final Pattern OF_BODY = Pattern.compile("^\\s+of\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'\u2019-]*){0,4})");
    private static final String OF = "of ";
    private static final Map<String, String> POST_OF_VERB = Map.ofEntries(Map.entry("chairs", "chair"), Map.entry("heads", "head"),
            Map.entry("leads", "leader"), Map.entry("runs", "head"), Map.entry("directs", "director"), Map.entry("manages", "manager"),
            Map.entry("owns", "owner"), Map.entry("founded", "founder"), Map.entry("chaired", "former chair"), Map.entry("headed", "former head"),
            Map.entry("led", "former leader"), Map.entry("ran", "former head"), Map.entry("directed", "former director"),
            Map.entry("managed", "former manager"));
    /** Ranks, as {@link #rank} writes them: each is a rank of its own ("commander" is not "lieutenant commander"). */
    private static final Set<String> RANKS = Set.of("general", "lieutenant general", "major general", "brigadier general", "brigadier",
            "colonel", "lieutenant colonel", "major", "captain", "lieutenant", "second lieutenant", "first lieutenant", "admiral",
            "vice admiral", "rear admiral", "commodore", "commander", "lieutenant commander", "sergeant", "staff sergeant", "corporal",
            "marshal");
    private static final Map<String, String> RANK_ABBREVIATIONS = Map.ofEntries(Map.entry("gen", "general"), Map.entry("lt", "lieutenant"),
            Map.entry("col", "colonel"), Map.entry("maj", "major"), Map.entry("capt", "captain"), Map.entry("cdr", "commander"),
            Map.entry("cmdr", "commander"), Map.entry("adm", "admiral"), Map.entry("sgt", "sergeant"), Map.entry("cpl", "corporal"),
            Map.entry("brig", "brigadier"));
    /**
     * A rank as the title right before a name, capitalised ("Lieutenant Commander Eleni Vourdaki", "Col. Petra Bal"),
     * not part of another title ("Attorney General", "Secretary General": a capitalised word before the rank that is not
     * itself part of a rank) and not a calling in lower case ("the ship's captain Stelios Mavros").
     */
    private static final Pattern RANK_BEFORE = Pattern.compile("(?<![\\p{L}'\u2019.-])"
            + "((?:(?:Field|Lieutenant|Lt\\.?|Major|Maj\\.?|Brigadier|Vice|Rear|Staff|Second|First)\\s+)?"
            + "(?:General|Gen\\.?|Colonel|Col\\.?|Major|Maj\\.?|Captain|Capt\\.?|Lieutenant|Lt\\.?|Admiral|Adm\\.?|Commodore|Commander"
            + "|Cdr\\.?|Cmdr\\.?|Sergeant|Sgt\\.?|Corporal|Cpl\\.?|Brigadier|Marshal))\\s+$");
    /** How far before a name its rank may start. */
    private static final int RANK_REACH = 40;

    /**
     * The rank told as a title right before one mention of a person, if any: "Lt. Cdr. Eleni Vourdaki" gives
     * "Lieutenant Commander"; "Field Marshal" is a marshal, as outlets shorten it. {@link #find} compares ranks with
     * ranks only.
     */
    public static Optional<Role> rank(NameSighting mention, String text, LocalDate published) {
        if (!"person".equals(mention.kind())) {
            return Optional.empty();
        }
        int from = Math.max(Math.max(0, mention.span().start() - RANK_REACH), text.lastIndexOf('\n', Math.max(0, mention.span().start() - 1)) + 1);
        Matcher m = RANK_BEFORE.matcher(text.substring(from, mention.span().start()));
        if (!m.find() || titleBefore(text, from + m.start(1))) {
            return Optional.empty();
        }
        StringBuilder rank = new StringBuilder();
        for (String word : m.group(1).toLowerCase(Locale.ROOT).replace(".", "").split("\\s+")) {
            rank.append(rank.length() == 0 ? "" : " ").append(RANK_ABBREVIATIONS.getOrDefault(word, word));
        }
        String written = rank.toString().replace("field marshal", "marshal");
        if (!RANKS.contains(written)) {
            return Optional.empty();
        }
        return Optional.of(role(mention, published, titleCase(written), from + m.start(1), mention.span().end()));
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /** A capitalised word right before a rank makes it part of another title: "Attorney General", "Secretary General". */
    private static boolean titleBefore(String text, int rankStart) {
        int k = rankStart;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        int end = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return end > k && end < rankStart && Character.isUpperCase(text.charAt(k));
    }

    private static final int REACH = 120;
    /** How far what a post is of may run: "of the Regional Health Authority of Thessaly". */
    private static final int COMPLEMENT = 70;

    /**
     * The office or calling told beside one mention of a person, if any, with what it is of: "Nedelcu, the former head
     * of the county's roads department", "Doukaki, who chairs the residents' association", "Pichlmayr of the People's Union".
     */
    public static Optional<Role> read(NameSighting mention, String text, LocalDate published) {
        if (!"person".equals(mention.kind())) {
            return Optional.empty();
        }
        Span name = mention.span();
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + REACH));
        Matcher a = AFTER.matcher(after);
        if (a.lookingAt()) {
            return Optional.of(role(mention, published, office(a.group(1)), name.start(), name.end() + complementEnd(after, a.end())));
        }
        Matcher who = WHO.matcher(after);
        if (who.lookingAt() && objectEnd(after, who.end()) > who.end()) {
            return Optional.of(role(mention, published, POST_OF_VERB.get(who.group(1)), name.start(), name.end() + objectEnd(after, who.end())));
        }
        Matcher of = OF_BODY.matcher(after);
        if (of.lookingAt()) {
            return Optional.of(role(mention, published, OF + office(of.group(1)), name.start(), name.end() + of.end()));
        }
        // a title never runs into a name across a line: "By Fiona Harrow, Political Editor" is the byline's, not the
        // first name of the paragraph below
        int from = Math.max(Math.max(0, name.start() - REACH), text.lastIndexOf('\n', Math.max(0, name.start() - 1)) + 1);
        String before = text.substring(from, name.start());
        Matcher b = BEFORE.matcher(before);
        if (b.find() && !(b.group(1) != null && APPOSITION_BEFORE.matcher(before.substring(0, b.start())).find())) {
            String post = b.group(1) != null ? b.group(1) : b.group(2);
            return Optional.of(role(mention, published, office(post), from + b.start(), name.end()));
        }
        return Optional.empty();
    }

    private static Role role(NameSighting mention, LocalDate published, String office, int start, int end) {
        return new Role(mention.document(), new Span(start, end), mention.entity(), mention.entityName(), office, published);
    }

    /** "the former head | of the county's roads department": a post followed by what it is of. */
    private static int complementEnd(String after, int postEnd) {
        String rest = after.substring(postEnd);
        boolean linked = rest.startsWith(" of ") || rest.startsWith(" at ") || rest.startsWith(" for ") || rest.startsWith(" in ");
        return linked ? objectEnd(after, postEnd) : postEnd;
    }

    /**
     * Where what a post is of ends ("of the county's roads department |, received"): at the next comma, stop, bracket
     * or quote, or a "who" that starts another clause; nothing when it runs on too far to tell.
     */
    private static int objectEnd(String after, int from) {
        int k = from;
        while (k < after.length() && k - from <= COMPLEMENT && ",;.()\"\u201c\u201d\n\u2014".indexOf(after.charAt(k)) < 0
                && !after.startsWith(" who ", k) && !after.startsWith(" which ", k) && !after.startsWith(" said", k) && !after.startsWith(" and ", k)) {
            k++;
        }
        boolean ended = k < after.length() && k - from <= COMPLEMENT;
        return ended ? k : from;
    }

    private static String office(String written) {
        return written.toLowerCase(Locale.ROOT).replace('-', ' ').replace("vice president", "vice-president").trim().replaceAll("\\s+", " ");
    }

    /** How an explanation names a document: its file here, its outlet in the store. */
    private final java.util.function.Function<String, String> documentNames;

    public RoleConflicts() {
        this(java.util.function.Function.identity());
    }

    public RoleConflicts(java.util.function.Function<String, String> documentNames) {
        this.documentNames = documentNames;
    }

    /** Offices and ranks given differently: one conflict per person for offices, one for ranks. */
    public List<Conflict> find(List<Role> roles) {
        List<Conflict> found = new java.util.ArrayList<>(PersonFacts.find(roles.stream().filter(r -> !r.rank()).toList(), RoleConflicts::clash,
                documentNames, ConflictKind.OTHER, "offices", "called ", "No article gives both, so at least one outlet may have the role wrong."));
        found.addAll(PersonFacts.find(roles.stream().filter(Role::rank).toList(), RoleConflicts::clash, documentNames, ConflictKind.OTHER,
                "ranks", "called ", "No article gives both, so at least one outlet may have the rank wrong."));
        return found;
    }

    /** Two articles of one story giving one person offices that exclude each other, which no article gives together. */
    private static boolean clash(Role a, Role b, List<Role> told) {
        if (a.document().equals(b.document()) || !a.exclusive() || !b.exclusive() || !PersonFacts.sameStory(a, b) || compatible(a, b)) {
            return false;
        }
        Set<String> documentsOfA = new LinkedHashSet<>();
        told.stream().filter(r -> compatible(r, a)).forEach(r -> documentsOfA.add(r.document()));
        return told.stream().noneMatch(r -> compatible(r, b) && documentsOfA.contains(r.document()));
    }

    private static boolean compatible(Role a, Role b) {
        return a.kind().equals(b.kind());
    }
}
