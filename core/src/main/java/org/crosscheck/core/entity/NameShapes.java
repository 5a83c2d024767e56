package org.crosscheck.core.entity;

import java.util.List;
import java.util.Set;
import org.crosscheck.core.attribution.Word;

/** The shapes of names in running text: which words join a name, mark an organisation, a place or a time. */
final class NameShapes {

    /** Words that join the parts of one name: "Ministry of Defence", "bin Salman", and surname particles ("Van den Broeck"). */
    static final Set<String> CONNECTORS = java.util.stream.Stream.concat(java.util.stream.Stream.of("of", "al", "el", "bin", "ibn", "du"),
            NameForm.SURNAME_PARTICLES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Set<String> LOCATIVE = Set.of("in", "to", "from", "near", "into", "at", "outside", "around");

    /** Words that make a name a business's: "Meridian Ports Holding", "Straits Harbour Capital", "Kyanos Ferries". */
    static final Set<String> COMPANY_WORDS = Set.of("company", "corporation", "holding", "holdings", "capital",
            "partners", "ventures", "industries", "airlines", "airways", "shipping", "logistics", "motors", "technologies",
            "investments", "insurance", "inc", "ltd", "plc", "llc", "gmbh", "corp", "ferries", "railways", "chemicals",
            "beverages", "foods", "pharmaceuticals", "petroleum", "telecom", "breweries", "shipyards", "analytics", "consulting",
            "consultants", "laboratories", "labs", "energy", "construct", "construction", "engineering", "mining");

    static final Set<String> ORG_WORDS = union(COMPANY_WORDS, "organization", "organisation", "council", "army", "forum",
            "conference", "group", "agency", "party", "front", "union", "court", "bank", "committee", "assembly",
            "ministry", "government", "accord", "movement", "force", "forces", "tv", "news", "press", "times", "post", "institute",
            "university", "brigade", "coalition", "alliance", "league", "fund", "association",
            "commission", "office", "service", "guard", "police", "network", "agence", "reuters", "media", "ministries",
            "councils", "governments", "parliaments", "organizations", "organisations", "agencies", "parties", "groups",
            "federation", "federations", "confederation", "syndicate", "inspectorate", "directorate", "authority", "board",
            "foundation", "society", "chamber", "consortium", "cooperative",
            // words no person's name holds: "Southern African Development Community", "East African Cooperation"
            "community", "cooperation", "studies", "affairs", "relations",
            // institutions people work in, not people: "Heilig Hart Hospital", "the Centre for Cybersecurity"
            "hospital", "hospitals", "clinic", "clinics", "school", "college", "academy", "centre", "center", "museum",
            "trust", "unions", "department", "bureau", "secretariat", "tribunal",
            // the seat that speaks for a presidency: "State House said", "the White House"
            "house", "palace",
            // "the Red Cross", "the Red Crescent": aid societies
            "cross", "crescent",
            // outlets: "Adriatic Wire", "the Kvarner Courier", "Northgate Chronicle"
            "wire", "radio", "courier", "daily", "observer", "chronicle", "herald", "gazette", "review", "journal", "tribune",
            "telegraph", "express", "ledger", "dispatch", "monitor", "bulletin", "broadcasting", "television", "newswire",
            // laws and instruments are no one's name: "the Port of Rijeka Concession Act"
            "act", "treaty", "convention", "charter", "protocol");

    private static Set<String> union(Set<String> some, String... more) {
        return java.util.stream.Stream.concat(some.stream(), java.util.stream.Stream.of(more))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Nouns that say what kind of business the name after them is: "the state-owned operator Lusorail". */
    static final Set<String> BUSINESS_NOUNS = Set.of("company", "firm", "operator", "carrier", "manufacturer",
            "producer", "maker", "insurer", "airline", "consultancy", "lender", "retailer", "contractor", "supplier", "exporter",
            "importer", "brewer", "distributor", "developer", "utility", "broker", "miner", "shipper");

    static final Set<String> COMPASS = Set.of("eastern", "western", "northern", "southern", "central");

    static final Set<String> TIME = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "am", "pm");

    /**
     * Whether a name (lower case) ends with the noun a definite reference uses: "the council" is "Libya's Presidential
     * Council"; "the party" is also a party named an alliance or a front ("Stroud's People's Alliance ... The party").
     */
    static boolean headedAs(String lowerName, String noun) {
        return noun.equals("party") ? PARTY_NAMES.stream().anyMatch(head -> lowerName.endsWith(" " + head)) : lowerName.endsWith(" " + noun);
    }

    private static final Set<String> PARTY_NAMES = Set.of("party", "alliance", "front", "movement", "league", "congress", "coalition");

    /** Whom a body may be named for, before a possessive: "People's Alliance", "Workers' Party". */
    static final Set<String> SERVED = Set.of("people", "workers", "women", "men", "children", "farmers", "citizens", "veterans",
            "peasants", "students", "teachers", "miners", "pensioners", "nations", "peoples", "fishermen", "consumers", "taxpayers");
    static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "port", "province", "region", "capital",
            "island", "district", "county");

    private static final Set<String> FEMALE_SIGNS = Set.of("ms", "mrs", "miss", "madam", "dame", "spokeswoman",
            "chairwoman", "queen", "princess", "congresswoman", "businesswoman");
    private static final Set<String> MALE_SIGNS = Set.of("mr", "sir", "spokesman", "chairman", "king", "prince",
            "congressman", "businessman");

    private NameShapes() {
    }

    /**
     * Gender the text shows for a person named at {@code w[nameEnd]}: a title word before it, or "her"/"his",
     * "she"/"he" among the next few words before any other name. 0 when it shows none.
     */
    static char genderAround(List<Word> w, int titleStart, int nameEnd) {
        for (int k = Math.max(0, titleStart); k < nameEnd; k++) {
            String x = w.get(k).lower();
            if (FEMALE_SIGNS.contains(x)) {
                return 'F';
            }
            if (MALE_SIGNS.contains(x)) {
                return 'M';
            }
        }
        for (int k = nameEnd + 1; k < w.size() && k <= nameEnd + 8; k++) {
            Word x = w.get(k);
            if (x.capitalised() && k > nameEnd + 1) {
                return 0;
            }
            if (x.is("her") || x.is("she") || x.is("herself")) {
                return 'F';
            }
            if (x.is("his") || x.is("he") || x.is("himself")) {
                return 'M';
            }
        }
        return 0;
    }

    static int firstWord(List<Word> w) {
        for (int k = 0; k < w.size(); k++) {
            if (w.get(k).kind() == Word.Kind.WORD) {
                return k;
            }
        }
        return -1;
    }

    static boolean isCompound(Word x) {
        int hyphen = x.text().indexOf('-');
        return x.kind() == Word.Kind.WORD && hyphen >= 2 && hyphen + 1 < x.text().length()
                && acronym(x.text().substring(0, hyphen)) && Character.isLowerCase(x.text().charAt(hyphen + 1));
    }

    /** "Ankara and Cairo will cooperate", "Washington's allies": a capital as agent stands for its government. */
    static boolean actsAsGovernment(List<Word> w, int start, int end) {
        if (end + 1 < w.size() && w.get(end + 1).kind() == Word.Kind.POSSESSIVE) {
            return true;
        }
        if (dateline(w, start, end)) {
            return false; // "LISBON -": where the story was filed, not the government
        }
        if (start == 0) {
            return true;
        }
        Word before = w.get(start - 1);
        // not after a colon: "Read next: Lisbon tram fares …" heads another story
        return before.is("and") || before.is("while") || before.is("but") || before.is("whereas")
                || before.kind() == Word.Kind.PUNCT && !before.isPunct(',') && !before.isPunct(':');
    }

    /** A name in capitals before a comma or dash ("LISBON -", "ORŁÓW ŚLĄSKI, Poland –"): a dateline, where a story was filed. */
    static boolean dateline(List<Word> w, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (!acronym(w.get(k).text()) || w.get(k).text().length() < 2) {
                return false;
            }
        }
        Word after = end + 1 < w.size() ? w.get(end + 1) : null;
        return after != null && (after.isPunct(',') || after.isPunct('-') || after.isPunct('\u2013') || after.isPunct('\u2014'));
    }

    private static final Set<String> COUNTRY_EPITHETS = Set.of("independent", "modern", "democratic", "neighbouring",
            "neighboring", "landlocked", "impoverished", "sovereign", "oil-rich", "war-torn", "post-war", "pre-war");

    /** "war-torn Yemen", "independent Chad": an epithet before a country's name still names the country. */
    static boolean describesCountry(Word before) {
        return before.kind() == Word.Kind.WORD && COUNTRY_EPITHETS.contains(before.text());
    }

    static boolean locative(List<Word> w, int at) {
        if (at == 0) {
            return false;
        }
        Word before = w.get(at - 1);
        return LOCATIVE.contains(before.lower()) || before.lower().startsWith("visit") || before.isPunct(',')
                || before.is("of") && at >= 2 && PLACE_NOUNS.contains(w.get(at - 2).lower()) || before.is("capital");
    }

    static boolean acronym(String name) {
        return name.length() > 1 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && name.codePoints().allMatch(Character::isLetter);
    }

    /** "Croatian MPs", "Seventy-eight MPs": a number or a nationality of members is a group, not a person. */
    static boolean pluralMembers(Word last) {
        return last.text().equals("MPs") || last.text().equals("MEPs") || PLURAL_ROLES.contains(last.lower());
    }

    private static final Set<String> PLURAL_ROLES = Set.of("lawmakers", "legislators", "deputies", "senators", "officials",
            "ministers", "lawyers", "judges", "prosecutors", "diplomats", "protesters", "activists", "analysts", "residents",
            "workers", "dockworkers", "miners", "members", "voters", "investors", "rescuers");

    static boolean hasOrgWord(List<Word> w, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (ORG_WORDS.contains(w.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
