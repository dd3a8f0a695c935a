package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.liaison.authority.Names;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.authority.ReferenceData.KnownParty;

/**
 * Finds the named things that are not people: parties (from reference data, from the "... Party ..." pattern,
 * and through the acronyms the text defines), countries, places and named initiatives.
 */
final class EntityFinder {
    private static final String CAP = "\\p{Lu}[\\p{L}'\\-]*";
    /** "Workers' Party of Brazil", "Communist Party of the Russian Federation", "Republican Party of Chile". */
    private static final CuedPattern PARTY = CuedPattern.holding(
            "((?:" + CAP + "\\s+){0,5})Party\\b(?!')((?:\\s+of\\s+(?:the\\s+)?" + CAP + "(?:\\s+" + CAP + "){0,3}"
            + "(?:\\s+and\\s+" + CAP + ")?))?", "Party");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{L}\\-]{1,9})\\)");
    private static final CuedPattern INITIATIVE = CuedPattern.holding(
            "((?:" + CAP + "\\s+(?:(?:and|of|for)\\s+)?){1,6})Initiative\\b", "Initiative");
    /** "the Two Corridors and One Economic Circle strategy": a capitalised name before a lower-case head. */
    private static final CuedPattern NAMED_STRATEGY = CuedPattern.startingWith(
            "\\bthe\\s+((?:(?:" + CAP + "|\\d{4})\\s+(?:(?:and|of|for)\\s+)?){2,8})(?:strategy|initiative|programme|program)\\b",
            "the");
    private static final Pattern POSSESSOR_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L} ]*?)'s\\s+(?:\\p{Ll}+\\s+){0,3}$");
    private static final String[] PLACE_WORDS = {"in", "at", "to", "from", "visit", "visited", "visiting"};
    private static final Pattern PLACE_CONTEXT = Pattern.compile("(?:\\b(?:" + String.join("|", PLACE_WORDS) + ")\\s+)$");

    private final ReferenceData ref;
    private final KnownNames names;
    private final TextIndex index;
    final Map<String, PartyBuilder> parties = new LinkedHashMap<>();
    final Set<String> countries = new LinkedHashSet<>();
    final Set<String> places = new LinkedHashSet<>();
    final Set<String> initiatives = new LinkedHashSet<>();
    /** The reference data's names in the text, all lists found in one pass before the steps claim them. */
    private Gazetteer.Found known;

    /** What is known of a party while the article is read. */
    static final class PartyBuilder {
        final String name;
        String acronym;
        String country;
        final Set<String> aliases = new LinkedHashSet<>();

        PartyBuilder(String name) {
            this.name = name;
        }

        Party build() {
            aliases.remove(name);
            return new Party(name, Optional.ofNullable(acronym), Optional.ofNullable(country), Set.copyOf(aliases));
        }
    }

    /** The reference data's names, ready to be found in any text: built once, shared by every article. */
    static final class KnownNames {
        /** The names of the lists below, found in a text in one pass. */
        final Gazetteer gazetteer = new Gazetteer();
        final Gazetteer.NameList<KnownParty> parties = gazetteer.list();
        final Gazetteer.NameList<ReferenceData.Country> countries = gazetteer.list();
        final Gazetteer.NameList<ReferenceData.Country> demonyms = gazetteer.list();
        final Gazetteer.NameList<ReferenceData.City> cities = gazetteer.list();
        final Gazetteer.NameList<ReferenceData.KnownInitiative> initiatives = gazetteer.list();
        /** The reference parties' acronyms of three letters or more (shorter ones count once a report defines them). */
        final Acronyms acronyms = new Acronyms(List.of());

        /** The country a phrase names ("... of Vietnam", "Nepal's ..."), else the one its demonym names ("Polish ..."). */
        Optional<String> countryIn(String phrase) {
            Gazetteer.Found found = gazetteer.find(phrase, Token.of(phrase));
            List<Gazetteer.Hit<ReferenceData.Country>> hits = found.of(countries);
            if (hits.isEmpty())
                hits = found.of(demonyms);
            return hits.stream().findFirst().map(hit -> hit.value().name());
        }

        KnownNames(ReferenceData ref) {
            for (KnownParty p : ref.parties()) {
                gazetteer.add(parties, p.name(), p);
                p.aliases().forEach(a -> gazetteer.add(parties, a, p));
                if (p.acronym().length() > 2 && acronyms.parties.putIfAbsent(p.acronym(), p.name()) == null)
                    acronyms.add(p.acronym());
            }
            for (ReferenceData.Country c : ref.countries()) {
                for (String n : concat(c.name(), c.aliases()))
                    if (Character.isUpperCase(n.charAt(0)) && n.length() > 2)
                        gazetteer.add(countries, n, c);
                c.demonyms().forEach(d -> gazetteer.add(demonyms, d, c));
            }
            for (ReferenceData.City c : ref.cities())
                for (String n : concat(c.name(), c.aliases()))
                    gazetteer.add(cities, n, c);
            for (ReferenceData.KnownInitiative i : ref.initiatives())
                for (String n : concat(i.name(), i.aliases()))
                    if (n.length() > 4 || n.contains(" "))
                        gazetteer.add(initiatives, n, i);
        }
    }

    EntityFinder(ReferenceData ref, KnownNames names, TextIndex index) {
        this.ref = ref;
        this.names = names;
        this.index = index;
    }

    void find() {
        known = names.gazetteer.find(index.text, index.tokens());
        findKnownParties();
        findPatternParties();
        findAcronyms();
        findInitiatives();
        findCountries();
        findPlaces();
    }

    private void findKnownParties() {
        for (Gazetteer.Hit<KnownParty> hit : known.of(names.parties))
            if (index.claim(hit.start(), hit.end(), Mention.Kind.PARTY, hit.value().name()))
                known(hit.value()).aliases.add(Names.clean(index.text.substring(hit.start(), hit.end())));
    }

    private PartyBuilder known(KnownParty p) {
        return parties.computeIfAbsent(p.name(), k -> {
            PartyBuilder b = new PartyBuilder(p.name());
            b.acronym = p.acronym().isEmpty() ? null : p.acronym();
            b.country = p.country().isEmpty() ? null : p.country();
            return b;
        });
    }

    private void findPatternParties() {
        CuedPattern.Scan m = PARTY.scan(index.text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            int start = m.start(1);
            // drop leading words that start a sentence or a title rather than a name
            String[] words = m.group(1).trim().isEmpty() ? new String[0] : Lexicon.SPACES.split(m.group(1).trim());
            int skip = 0;
            while (skip < words.length && !canStartPartyName(words[skip]))
                start += words[skip++].length() + 1;
            while (start < m.start(1) + m.group(1).length() && Character.isWhitespace(index.text.charAt(start)))
                start++;
            boolean named = skip < words.length || m.group(2) != null;
            if (named)
                spans.add(new int[] {start, m.end()});
        }
        for (int[] s : spans) {
            String name = Names.clean(index.text.substring(s[0], s[1]));
            Optional<KnownParty> known = ref.party(name);   // reassigned for "Vietnamese Party"
            String country = null;
            // "Egyptian Republican People's Party" is the Republican People's Party of Egypt when the text
            // also writes the name without the demonym
            String[] words = name.split(" ");
            Optional<ReferenceData.Country> demonym = ref.countryByDemonym(words[0]);
            if (known.isEmpty() && demonym.isPresent() && words.length > 2) {
                String rest = name.substring(words[0].length() + 1);
                if (occursElsewhere(rest, s[0] + words[0].length() + 1)) {
                    if (index.claim(s[0], s[1], Mention.Kind.PARTY, rest))
                        party(rest, demonym.get().name()).aliases.add(rest);
                    continue;
                }
            }
            if (known.isEmpty() && words.length == 2) {
                // "Vietnamese Party General Secretary": the party of that country, when reference data knows one
                Optional<ReferenceData.Country> of = demonym.or(() -> ref.country(words[0].replaceFirst("'s$", "")));
                if (of.isPresent()) {
                    known = onlyPartyOf(of.get().name());
                    if (known.isEmpty())
                        continue;
                }
            }
            if (known.isPresent()) {
                if (index.claim(s[0], s[1], Mention.Kind.PARTY, known.get().name()))
                    known(known.get()).aliases.add(name);
                continue;
            }
            country = names.countryIn(name).orElseGet(() -> countryBefore(s[0]).orElse(null));
            if (index.claim(s[0], s[1], Mention.Kind.PARTY, name))
                party(name, country).aliases.add(name);
        }
    }

    /** Whether the text writes a phrase at some place other than {@code at} (occurrences taken left to right, not overlapping). */
    private boolean occursElsewhere(String phrase, int at) {
        for (int i = index.text.indexOf(phrase); i >= 0; i = index.text.indexOf(phrase, i + phrase.length()))
            if (i != at)
                return true;
        return false;
    }

    private Optional<KnownParty> onlyPartyOf(String country) {
        List<KnownParty> of = ref.parties().stream().filter(p -> p.country().equals(country)).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    private PartyBuilder party(String name, String country) {
        PartyBuilder b = parties.computeIfAbsent(name, PartyBuilder::new);
        if (b.country == null)
            b.country = country;
        return b;
    }

    private static boolean canStartPartyName(String word) {
        return !Lexicon.is(Lexicon.FUNCTION_WORDS, word) && !Lexicon.is(Lexicon.ROLES, word)
                && !word.endsWith("'s") && !Lexicon.is(Lexicon.MONTHS, word);
    }

    /** "Communist Party of Vietnam", "Polish People's Party", "Lao People's Revolutionary Party". */


    /** "Serbia's senior ruling Democratic Party", "Cambodia's royalist Funcinpec Party". */
    private Optional<String> countryBefore(int start) {
        String before = index.text.substring(Math.max(0, start - 60), start);
        Matcher m = POSSESSOR_BEFORE.matcher(before);
        if (before.contains("'s") && m.find())
            return ref.country(m.group(1).trim()).map(ReferenceData.Country::name);
        return Optional.empty();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    /** "Communist Party of Cuba (PCC)": the acronym in brackets after a party's name, then every use of it. */
    private void findAcronyms() {
        Map<String, String> defined = new LinkedHashMap<>();
        for (Mention m : index.all(x -> x.kind() == Mention.Kind.PARTY)) {
            Matcher a = ACRONYM_AFTER.matcher(index.text.substring(m.end(), Math.min(index.text.length(), m.end() + 14)));
            if (a.find() && a.group(1).chars().filter(Character::isUpperCase).count() >= 2) {
                defined.put(a.group(1), m.key());
                parties.get(m.key()).acronym = a.group(1);
                index.claim(m.end() + a.start(1), m.end() + a.end(1), Mention.Kind.PARTY, m.key());
            }
        }
        for (PartyBuilder p : List.copyOf(parties.values()))
            if (p.acronym != null && (p.acronym.length() > 2 || defined.containsKey(p.acronym)))
                defined.putIfAbsent(p.acronym, p.name);
        // An acronym stands alone: neither a letter nor a hyphen on either side, so each is a whole run of
        // letters and hyphens. One pass over the runs finds them all (a regex per acronym scanned the text
        // once per known party); the first characters and length of a run rule out most runs before it becomes a
        // string.
        Acronyms here = new Acronyms(defined.keySet());
        String text = index.text;
        for (int start = runStart(text, 0), i; start < text.length(); start = runStart(text, i)) {
            i = runEnd(text, start);
            if (!here.mayBe(text, start, i - start) && !names.acronyms.mayBe(text, start, i - start))
                continue;
            String written = text.substring(start, i);
            String party = defined.containsKey(written) ? defined.get(written) : names.acronyms.parties.get(written);
            if (party != null && index.claim(start, i, Mention.Kind.PARTY, party) && !parties.containsKey(party))
                ref.party(party).ifPresent(this::known);
        }
    }

    /**
     * Acronyms to look for, and what a run of letters must have to be one of them: its first two characters
     * and a length within theirs. The reference data's are gathered once ({@link KnownNames#acronyms}); the
     * ones a report defines are a set of their own, tried beside them.
     */
    static final class Acronyms {
        /** Acronym → party name; the first party given an acronym keeps it. */
        final Map<String, String> parties = new HashMap<>();
        /**
         * The acronyms' first two characters, in 2^16 bits: most runs of a text ("The", "President")
         * are passed on them without becoming a string (a run that is an acronym always has its bit).
         */
        private final BitSet starts = new BitSet();
        private int shortest = Integer.MAX_VALUE;
        private int longest = 0;

        Acronyms(Iterable<String> acronyms) {
            acronyms.forEach(this::add);
        }

        private void add(String acronym) {
            starts.set(start(acronym, 0, acronym.length()));
            shortest = Math.min(shortest, acronym.length());
            longest = Math.max(longest, acronym.length());
        }

        /** The first two characters as 16 bits: exact for Latin-1 text, where no two pairs share a bit. */
        private static int start(String s, int at, int length) {
            return (s.charAt(at) & 0xFF) << 8 | (length > 1 ? s.charAt(at + 1) & 0xFF : 0);
        }

        /** Whether the run of {@code length} characters at {@code at} may be one of these. */
        boolean mayBe(String text, int at, int length) {
            return length >= shortest && length <= longest && starts.get(start(text, at, length));
        }
    }

    /** Where the first run of letters and hyphens at or after an offset starts; the text's length if none does. */
    private static int runStart(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isRunChar(c))
                return i;
            i += Character.charCount(c);
        }
        return i;
    }

    /** Where the run of letters and hyphens that starts at an offset ends. */
    private static int runEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isRunChar(c))
                return i;
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isRunChar(int c) {
        return Token.letter(c) || c == '-';
    }

    private void findInitiatives() {
        for (Gazetteer.Hit<ReferenceData.KnownInitiative> hit : known.of(names.initiatives))
            if (index.claim(hit.start(), hit.end(), Mention.Kind.INITIATIVE, hit.value().name()))
                initiatives.add(hit.value().name());
        // INITIATIVE is found from its literal "Initiative" (CuedPattern); NAMED_STRATEGY starts with "the",
        // so a text without one of the words it ends on is not scanned
        CuedPattern.Scan m = INITIATIVE.scan(index.text);
        while (m.find()) {
            String name = stripLeadingFunctionWords(Names.clean(m.group()));
            if (name.split(" ").length >= 2 && index.free(m.end() - name.length(), m.end())) {
                String canonical = ref.initiative(name).map(ReferenceData.KnownInitiative::name).orElse(name);
                if (index.claim(m.end() - name.length(), m.end(), Mention.Kind.INITIATIVE, canonical))
                    initiatives.add(canonical);
            }
        }
        CuedPattern.Scan s = NAMED_STRATEGY.scan(index.text);
        boolean mayNameStrategy = index.text.contains("strategy") || index.text.contains("initiative") || index.text.contains("program");
        while (mayNameStrategy && s.find()) {
            String name = Names.clean(s.group(1));
            if (index.claim(s.start(1), s.start(1) + s.group(1).trim().length(), Mention.Kind.INITIATIVE, name))
                initiatives.add(name);
        }
    }

    private static String stripLeadingFunctionWords(String name) {
        String[] w = name.split(" ");
        int i = 0;
        while (i < w.length - 1 && Lexicon.is(Lexicon.FUNCTION_WORDS, w[i]))
            i++;
        return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
    }

    private void findCountries() {
        for (Gazetteer.Hit<ReferenceData.Country> hit : known.of(names.countries))
            if (index.claim(hit.start(), hit.end(), Mention.Kind.COUNTRY, hit.value().name()))
                countries.add(hit.value().name());
        for (Gazetteer.Hit<ReferenceData.Country> hit : known.of(names.demonyms))
            index.claim(hit.start(), hit.end(), Mention.Kind.DEMONYM, hit.value().name());
    }

    private void findPlaces() {
        for (Gazetteer.Hit<ReferenceData.City> hit : known.of(names.cities)) {
            String before = index.text.substring(Math.max(0, hit.start() - 12), hit.start());
            boolean placeContext = CuedPattern.endsWithOneOf(before, PLACE_WORDS) && PLACE_CONTEXT.matcher(before).find()
                    || index.text.startsWith(", capital of", hit.end());
            if (placeContext && index.claim(hit.start(), hit.end(), Mention.Kind.PLACE, hit.value().name()))
                places.add(hit.value().name());
        }
    }

}
