package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word tables of the genre that the rules read: roles, organs, honorifics, verbs of meeting and of
 * speech, and the capitalised words that are never part of a person's name. Lower-case forms; compare with
 * {@link #is(Set, String)}.
 */
final class Lexicon {
    private Lexicon() {}

    /** Heads of a post: "member of ...", "Brazilian President". Multi-word roles are matched first. */
    static final Set<String> ROLES = set(
            "member", "alternate member", "head", "deputy head", "chairman", "chairwoman", "chairperson", "chair",
            "vice-chairman", "vice chairman", "vice-chairwoman", "deputy chairman", "first deputy chairman",
            "co-chairman", "co-chairwoman", "co-chair", "co-president", "co-leader",
            "president", "vice president", "vice-president", "honorary president", "first vice president",
            "secretary", "general secretary", "secretary general", "secretary-general", "first secretary",
            "deputy secretary", "deputy secretary general", "state secretary", "deputy secretary-general", "executive secretary",
            "minister", "vice-minister", "vice minister", "deputy minister", "director", "deputy director",
            "director general", "director-general", "chief", "speaker", "deputy speaker", "prime minister",
            "deputy prime minister", "premier", "vice premier", "foreign minister", "defense minister",
            "defence minister", "finance minister", "trade minister", "commerce minister", "interior minister",
            "justice minister", "education minister", "health minister", "culture minister", "ambassador", "governor", "mayor",
            "chancellor", "commissioner", "spokesperson", "spokesman", "treasurer", "coordinator", "founder",
            "king", "queen", "emir", "sultan");

    /**
     * The roles' first words, first two words and so on (the roles themselves among them), and likewise their
     * last words: a text is read word by word only while its words can still begin, or end, a role.
     */
    static final Set<String> ROLE_STARTS = ROLES.stream().flatMap(r -> wordPrefixes(r).stream())
            .collect(Collectors.toUnmodifiableSet());
    static final Set<String> ROLE_ENDS = ROLES.stream().flatMap(r -> wordSuffixes(r).stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Roles too vague to be a post on their own ("senior official"); they still mark a person. */
    static final Set<String> PERSON_WORDS = set(
            "official", "officials", "legislator", "advisor", "adviser", "leader", "envoy", "special envoy",
            "representative", "diplomat", "politician", "lawmaker", "comrade", "counterpart");

    /** Honorifics written before a name and not part of it ("Samdech Techo Hun Sen" is Hun Sen). */
    static final Set<String> HONORIFICS = set("samdech", "techo", "comrade", "dr", "mr", "mrs", "ms", "madam",
            "excellency");

    /** Capitalised words that name organs; a person's name never holds one. */
    static final Set<String> ORGAN_WORDS = set(
            "party", "committee", "central", "political", "bureau", "politburo", "standing", "secretariat",
            "department", "international", "national", "congress", "assembly", "council", "commission",
            "senate", "parliament", "house", "representatives", "conference", "consultative", "people's",
            "peoples", "republic", "democratic", "socialist", "communist", "workers'", "union", "front",
            "movement", "government", "state", "ministry", "office", "institute", "forum", "summit",
            "initiative", "organization", "organisation", "cooperation", "affairs", "foreign", "service",
            "federation", "provincial", "municipal", "supreme", "duma", "branch", "university", "hall",
            "guesthouse", "group", "delegation", "league", "youth", "army", "military", "court", "bank",
            "agency", "association", "federal", "general", "council's", "school", "academy", "center",
            "centre", "club", "fund", "society", "alliance", "coalition", "network", "board", "authority",
            "commission's", "publicity", "discipline", "inspection", "literature", "history", "security",
            "development", "civilization", "governance", "road", "belt", "corridor", "economic", "session",
            "dialogue", "mechanism", "framework", "week", "day", "year", "plenary", "legal", "liaison",
            "intelligence", "defense", "defence", "finance", "trade", "education", "culture", "health",
            "justice", "interior", "labor", "labour", "energy", "revolutionary", "liberation", "united",
            "sub-committee", "subcommittee", "caucus", "cabinet", "presidium", "politburo's", "ruling",
            "opposition", "great", "world", "global", "south", "north", "east", "west", "middle",
            "eastern", "western", "southern", "northern", "latin", "america", "africa", "asia", "europe",
            "pacific", "atlantic", "caribbean", "arab", "gulf", "mekong", "himalayan", "himalaya");

    /** Capitalised words that start sentences or phrases and are never names. */
    static final Set<String> FUNCTION_WORDS = set(
            "the", "a", "an", "in", "on", "at", "during", "while", "after", "before", "since", "with", "from",
            "and", "of", "for", "to", "by", "as", "it", "he", "she", "they", "we", "i", "you", "his", "her",
            "their", "our", "its", "this", "that", "these", "those", "both", "under", "over", "noting",
            "hailing", "speaking", "expressing", "against", "attaching", "yesterday", "today", "tomorrow",
            "also", "but", "however", "meanwhile", "when", "where", "there", "here", "no", "not", "all",
            "some", "many", "each", "every", "other", "such", "now", "then", "thus", "so", "if", "although",
            "though", "china's", "updated", "source", "photo", "xinhua", "by", "according", "amid",
            "senior", "former", "special", "visiting", "top", "new", "first", "second", "third", "vice",
            "deputy", "honorary", "acting", "chinese", "representatives", "among", "between",
            "following", "regarding", "upon", "within", "without", "via", "per", "whose", "which", "who",
            "what", "why", "how", "web", "editor", "share");

    static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Name particles written in lower case inside a name ("Lula da Silva", "al-Assad"). */
    static final Set<String> PARTICLES = set("da", "de", "do", "dos", "das", "del", "della", "di", "du", "van",
            "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "ben", "abu", "y", "e", "ter", "ten");

    /** A word's tables as bits, for rules that ask of one word whether it is in any of several. */
    static final int FUNCTION = 1, ORGAN = 2, ROLE = 4, PERSON = 8, MONTH = 16, WEEKDAY = 32;
    private static final Map<String, Integer> CLASSES = new HashMap<>();

    static {
        mark(FUNCTION_WORDS, FUNCTION);
        mark(ORGAN_WORDS, ORGAN);
        mark(ROLES, ROLE);
        mark(PERSON_WORDS, PERSON);
        mark(MONTHS, MONTH);
        mark(WEEKDAYS, WEEKDAY);
    }

    private static void mark(Set<String> table, int bit) {
        table.forEach(w -> CLASSES.merge(w, bit, (a, b) -> a | b));
    }

    /** The tables a lower-case word is in, as {@link #FUNCTION}, {@link #ORGAN} ... bits: one lookup for all six. */
    static int classes(String lower) {
        return CLASSES.getOrDefault(lower, 0);
    }

    /** Runs of white space, to split phrases into words (String.split would compile it on every call). */
    static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Verbs after which the subject is a speaker: "Morales said", "Xi noted". Every one is lower case: a
     * name followed by anything else is passed without trying the pattern.
     */
    static final Pattern SPEECH_VERB = Pattern.compile(
            "^\\s*(?:also\\s+)?(?:said|says|noted|notes|added|stressed|stresses|expressed|congratulated|conveyed|"
            + "asked|spoke|speaks|hailed|pointed|called|urged|praised|welcomed|thanked|emphasized|emphasised|"
            + "underlined|agreed|reaffirmed|voiced|recalled|highlighted|introduced|exchanged|made|held|met|meets|"
            + "holds|attended|led|headed|delivered|co-chaired|had|has|is|was|will|would|told|wished|extended)\\b");

    /** A table; a word listed twice is one entry. */
    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    private static List<String> wordPrefixes(String phrase) {
        List<String> out = new ArrayList<>();
        for (int i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1))
            out.add(phrase.substring(0, i));
        out.add(phrase);
        return out;
    }

    private static List<String> wordSuffixes(String phrase) {
        List<String> out = new ArrayList<>();
        for (int i = phrase.lastIndexOf(' '); i >= 0; i = phrase.lastIndexOf(' ', i - 1))
            out.add(phrase.substring(i + 1));
        out.add(phrase);
        return out;
    }

    static boolean is(Set<String> table, String word) {
        return table.contains(word.toLowerCase(Locale.ROOT));
    }
}
