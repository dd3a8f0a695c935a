package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.liaison.authority.Names;

/**
 * Finds people without a list of people: a run of capitalised words that is no organ, place, party or
 * common word becomes a person where the genre's grammar marks it as one — a title before it ("Cuban
 * President X", "official X"), a post after it ("X, a member of ..."), "led by X", "X said", "with X".
 * Later short mentions ("Cai", "Morales") resolve to the fullest name the text gives.
 */
final class PersonFinder {
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*(?:\\([^)]{1,12}\\)\\s*)?,\\s+(?:(?:a|an|the|also|who|is|was|are|and|former|senior|special|"
            + "first|then|currently|now|visiting)\\s+)*([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2})");
    private static final CuedPattern LED_BY = CuedPattern.startingWith("\\b(?:led|headed|chaired)\\s+by\\s+$"
            + "|\\b(?:message|letter|congratulations|condolences|greetings|cable)\\s+to\\s+$",
            "led", "headed", "chaired", "message", "letter", "congratulations", "condolences", "greetings", "cable");
    /** "with X", and "with X and Y": the objects of a meeting. */
    private static final CuedPattern WITH = CuedPattern.startingWith("\\bwith\\s+(?:(?:\\p{Lu}[\\p{L}'\\-]*|al-\\p{Lu}[\\p{L}'\\-]*)\\s+){0,5}?(?:and\\s+)?$", "with");
    private static final Pattern ATTENDED = Pattern.compile("^\\s+(?:and\\s+others\\s+)?attended\\b");
    /** A lower-case particle that still begins a name: "al-Assad", "bin-Salman". */
    private static final Pattern ARABIC_PARTICLE = Pattern.compile("(?:al|el|bin|ibn|abu)-\\p{Lu}.*");
    private static final Pattern PHOTO_POSITION = Pattern.compile("^\\s*\\((?:\\d\\w*\\s+)?[RLC]\\)");

    private final TextIndex index;
    private final List<Token> tokens;
    /** Each word without a possessive "'s", made once: names are compared word by word many times. */
    private final String[] bare;
    private final int bodyStart;
    /** Full name → its tokens, in order of first appearance. */
    final Map<String, List<String>> persons = new LinkedHashMap<>();

    /** @param bodyStart where the report proper starts: a headline's Title Case marks no one as a person */
    PersonFinder(TextIndex index, int bodyStart) {
        this.index = index;
        this.tokens = index.tokens();
        this.bare = tokens.stream().map(Token::bare).toArray(String[]::new);
        this.bodyStart = bodyStart;
    }

    void find() {
        List<int[]> runs = runs();
        List<List<String>> candidates = new ArrayList<>();
        for (int[] r : runs) {
            List<Token> run = tokens.subList(r[0], r[1]);
            if (run.size() >= 2 && run.get(0).start() >= bodyStart && (r[2] == 1 || anchored(run)))
                candidates.add(words(r));
        }
        candidates.sort(Comparator.comparingInt((List<String> c) -> c.size()).reversed());
        for (List<String> c : candidates) {
            if (persons.values().stream().noneMatch(p -> contains(p, c)))
                persons.put(String.join(" ", c), c);
        }
        // keep the order of first appearance
        Map<List<String>, String> byWords = new HashMap<>();
        persons.forEach((name, toks) -> byWords.put(toks, name));
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (int[] r : runs) {
            String name = byWords.get(words(r));
            if (name != null)
                ordered.putIfAbsent(name, persons.get(name));
        }
        persons.forEach(ordered::putIfAbsent);
        persons.clear();
        persons.putAll(ordered);
        markMentions();
    }

    /** The words of a run {from, to, ...}, without possessives. */
    private List<String> words(int[] run) {
        return List.of(Arrays.copyOfRange(bare, run[0], run[1]));
    }

    /**
     * Runs of name words: {from, to, honorific} with [from, to) token indexes, honorifics and a leading common
     * word left out; honorific is 1 when the run had an honorific ("Samdech Techo Hun Sen"), itself a mark of a person.
     */
    private List<int[]> runs() {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(i, true)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && adjacent(j - 1, j) && !tokens.get(j - 1).possessive()
                    && (nameWord(j, false) || particleBeforeName(j)))
                j++;
            int from = i;
            while (from < j && Lexicon.is(Lexicon.HONORIFICS, tokens.get(from).text()))
                from++;
            boolean honorific = from > i;
            if (from < j && Lexicon.is(Lexicon.FUNCTION_WORDS, tokens.get(from).text()) && j - from > 2)
                from++;
            if (from < j)
                out.add(new int[] {from, j, honorific ? 1 : 0});
            i = j;
        }
        return out;
    }

    private boolean nameWord(int i, boolean first) {
        Token t = tokens.get(i);
        String w = bare[i];
        // a particle has a hyphen: the pattern is not tried on the other lower-case words
        if (!t.capitalized() && (w.indexOf('-') < 0 || !ARABIC_PARTICLE.matcher(w).matches()))
            return false;
        if (w.length() >= 4 && allCapitals(w))
            return false;                    // "BEIJING", "FOCAC"
        if (!index.free(t.start(), t.end()))
            return false;                    // a party, country, place or initiative
        int classes = Lexicon.classes(w.toLowerCase(Locale.ROOT));
        if ((classes & Lexicon.FUNCTION) != 0)
            return first || w.length() <= 3 && !w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("and")
                    && !w.equalsIgnoreCase("of");
        return (classes & (Lexicon.ORGAN | Lexicon.ROLE | Lexicon.PERSON | Lexicon.MONTH | Lexicon.WEEKDAY)) == 0
                && !hasDigit(w);
    }

    /** {@code w.equals(w.toUpperCase())}, without making the upper-case copy when the word is ASCII. */
    private static boolean allCapitals(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c >= 128)
                return w.equals(w.toUpperCase());
            if (c >= 'a' && c <= 'z')
                return false;
        }
        return true;
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++)
            if (Character.isDigit(w.charAt(k)))
                return true;
        return false;
    }

    private boolean particleBeforeName(int j) {
        return Lexicon.is(Lexicon.PARTICLES, tokens.get(j).text()) && !tokens.get(j).capitalized()
                && j + 1 < tokens.size() && adjacent(j, j + 1) && nameWord(j + 1, false);
    }

    private boolean adjacent(int a, int b) {
        return tokens.get(b).start() - tokens.get(a).end() == 1 && index.text.charAt(tokens.get(a).end()) == ' ';
    }

    private boolean anchored(List<Token> run) {
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).end();
        String before = index.text.substring(Math.max(0, start - 80), start);
        int afterEnd = Math.min(index.text.length(), end + 80);
        String after = index.text.substring(end, afterEnd);
        // a title, "led by" and "with" all end in white space just before the name
        boolean spaced = start > 0 && Character.isWhitespace(index.text.charAt(start - 1));
        // each pattern read after the name starts, past white space, with a character of its own: most names
        // are followed by none of them and are passed on it
        int k = index.skipSpaces(end, afterEnd);
        char next = k < afterEnd ? index.text.charAt(k) : ' ';
        return spaced && (titleBefore(start) || CuedPattern.endsWithOneOf(before, "by", "to") && LED_BY.in(before)
                        || before.contains("with") && WITH.in(before))
                || next == 'a' && ATTENDED.matcher(after).find() || next == '(' && PHOTO_POSITION.matcher(after).find()
                || next >= 'a' && next <= 'z' && Lexicon.SPEECH_VERB.matcher(after).find()
                || (next == ',' || next == '(') && appositionAfter(after);
    }

    /** "Cuban President X", "official X", "CPC Central Committee X", "Party Hazem Omar". */
    private boolean titleBefore(int start) {
        String before = index.text.substring(Math.max(0, start - 40), start);
        if (!before.endsWith(" "))
            return false;
        // the last two words, read from the end
        String t = before.trim();
        int lastStart = Titles.wordStart(t, t.length());
        String last = t.substring(lastStart);
        if (last.isEmpty())
            return false;
        if (Lexicon.is(Lexicon.ROLES, last) || Lexicon.is(Lexicon.PERSON_WORDS, last))
            return true;
        if (lastStart > 0) {
            int end = lastStart;
            while (Names.isSpace(t.charAt(end - 1)))
                end--;
            if (Lexicon.is(Lexicon.ROLES, t.substring(Titles.wordStart(t, end), end) + " " + last))
                return true;
        }
        Optional<Mention> m = index.at(start - 2);
        if (m.isPresent() && m.get().kind() != Mention.Kind.PERSON && m.get().kind() != Mention.Kind.PLACE)
            return true;
        return Character.isUpperCase(last.charAt(0)) && Lexicon.is(Lexicon.ORGAN_WORDS, last);
    }

    private static boolean appositionAfter(String after) {
        var m = APPOSITION.matcher(after);
        if (!m.find())
            return false;
        String[] w = Lexicon.SPACES.split(m.group(1).toLowerCase());
        if (w[0].endsWith("s") && w[0].length() > 4)
            w[0] = w[0].substring(0, w[0].length() - 1);     // "who are also presidents of ..."
        for (int n = Math.min(3, w.length); n >= 1; n--) {
            String head = String.join(" ", Arrays.copyOfRange(w, 0, n));
            if (Lexicon.ROLES.contains(head) || Lexicon.PERSON_WORDS.contains(head))
                return true;
        }
        return false;
    }

    private static boolean contains(List<String> whole, List<String> part) {
        return java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    /** Marks every mention of the persons found: full names, parts of names, in text order. */
    private void markMentions() {
        // the persons by the first word of their names, and by every word of names of two words or more, in
        // the order found: each word of the text is compared with the few names it can start or be part of
        Map<String, List<String>> byFirstWord = new HashMap<>();
        Map<String, List<String>> byWord = new HashMap<>();
        persons.forEach((name, toks) -> {
            byFirstWord.computeIfAbsent(toks.get(0), k -> new ArrayList<>(1)).add(name);
            if (toks.size() > 1)
                for (String w : new LinkedHashSet<>(toks))
                    byWord.computeIfAbsent(w, k -> new ArrayList<>(1)).add(name);
        });
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalized() || !index.free(t.start(), t.end()))
                continue;
            // the longest person name that starts here
            String best = null;
            int bestLen = 0;
            for (String name : byFirstWord.getOrDefault(bare[i], List.of())) {
                List<String> toks = persons.get(name);
                if (matchesAt(i, toks) && toks.size() > bestLen) {
                    best = name;
                    bestLen = toks.size();
                }
            }
            if (best != null) {
                index.claim(t.start(), nameEnd(tokens.get(i + bestLen - 1)), Mention.Kind.PERSON, best);
                i += bestLen - 1;
                continue;
            }
            // a part of a name: "Cai", "Morales Ojeda", "Diaz-Canel"
            String word = bare[i];
            if (word.length() < 2)
                continue;
            List<String> owners = byWord.getOrDefault(word, List.of());
            if (owners.isEmpty())
                continue;
            String owner = owners.size() == 1 ? owners.get(0) : nearestBefore(owners, t.start());
            if (owner != null) {
                int j = i;
                List<String> toks = persons.get(owner);
                int k = toks.indexOf(word);
                while (j + 1 < tokens.size() && k + 1 < toks.size() && bare[j + 1].equals(toks.get(k + 1))
                        && adjacent(j, j + 1)) {
                    j++;
                    k++;
                }
                index.claim(t.start(), nameEnd(tokens.get(j)), Mention.Kind.PERSON, owner);
                i = j;
            }
        }
    }

    /** Where a name ends: before a possessive "'s". */
    private static int nameEnd(Token last) {
        return last.possessive() ? last.end() - 2 : last.end();
    }

    private boolean matchesAt(int i, List<String> toks) {
        if (i + toks.size() > tokens.size())
            return false;
        for (int k = 0; k < toks.size(); k++) {
            if (!bare[i + k].equals(toks.get(k)))
                return false;
            if (k > 0 && !adjacent(i + k - 1, i + k))
                return false;
        }
        return true;
    }

    private String nearestBefore(List<String> owners, int offset) {
        return index.all(m -> m.kind() == Mention.Kind.PERSON && m.end() <= offset && owners.contains(m.key()))
                .stream().reduce((a, b) -> b).map(Mention::key).orElse(null);
    }
}
