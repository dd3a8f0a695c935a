package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.liaison.authority.Names;
import org.w3id.liaison.authority.ReferenceData;

/**
 * Reads the posts the text gives a person: after the name ("X, a member of A and secretary of B") and
 * before it ("Cuban President X", "Chairman of the National Assembly of Vietnam X"). Coordinated posts are
 * split; a post shortened by sharing its organ ("member of the Political Bureau and secretary of organization
 * of the PCC Central Committee") is completed; a title before a name is turned around ("Russian Security
 * Council Secretary" → "secretary of the Security Council of Russia").
 */
final class PostParser {
    private static final Pattern APPOSITION_START = Pattern.compile(
            "^\\s*(?:\\([^)]{1,12}\\)\\s*)?,\\s+((?:(?:a|an|the|also|who|is|was|are|currently|now)\\s+)*)"
            + "|^\\s+on\\s+(?:(?:his|her|their)\\s+)?(?:re-?)?(?:election|appointment|inauguration)\\s+as\\s+(?:the\\s+)?");
    /** Words that end a title written after a name. */
    private static final Set<String> STOP = Set.of("in", "at", "during", "to", "who", "which", "that", "said", "says",
            "met", "meets", "held", "holds", "has", "had", "is", "was", "will", "would", "after", "before", "when",
            "while", "with", "from", "here", "today", "visited", "led", "headed", "attended", "since", "as", "among",
            "where", "whose");
    private static final Pattern DATE_AFTER_ON = Pattern.compile(
            "^on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the same|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d)");
    /** "President X of Laos, ...": the country a bare title belongs to. */
    private static final Pattern OF_COUNTRY_AFTER = Pattern.compile(
            "^\\s+of\\s+(\\p{Lu}[\\p{L}' ]+?)(?=[,.;]|\\s+(?:in|at|on|and|to|who)\\b)");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern LINKED = Pattern.compile("^(?:of|for|to|on)\\s.*");
    private static final Pattern MIXED_ACRONYM = Pattern.compile("\\p{Lu}+\\p{Ll}?\\p{Lu}+");
    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\-]{1,9}\\)");


    private final TextIndex index;
    private final ReferenceData ref;

    /** A post as read, before it is tied to reference data: canonical label and where it was written. */
    record Parsed(String label, String asWritten, boolean needsCountry) {}

    PostParser(TextIndex index, ReferenceData ref) {
        this.index = index;
        this.ref = ref;
    }

    /** Posts written after the mention, as an apposition. */
    List<Parsed> after(Mention person, int sentenceEnd) {
        // an apposition starts with a comma, a bracket before one, or "on ... as": most names are followed by none
        int next = index.skipSpaces(person.end(), sentenceEnd);
        if (next == sentenceEnd || ",(o".indexOf(index.text.charAt(next)) < 0)
            return List.of();
        String rest = index.text.substring(person.end(), sentenceEnd);
        Matcher m = APPOSITION_START.matcher(rest);
        if (!m.find())
            return List.of();
        int from = person.end() + m.end();
        int to = phraseEnd(from, sentenceEnd);
        if (to <= from || !Titles.startsWithRole(index.text.substring(from, to)))
            return List.of();
        // "X, President of the Y Party Z, ...": the title of the next person, not a post of X
        if (!index.within(from, to, Mention.Kind.PERSON).isEmpty())
            return List.of();
        return parse(from, to, Optional.empty());
    }

    /** Posts written before the mention, as a title ("Cuban President X", "President X of Laos", "its president X"). */
    List<Parsed> before(Mention person, int sentenceStart, int sentenceEnd) {
        int from = Titles.start(index, person.start(), sentenceStart);
        if (from >= person.start())
            return List.of();
        int to = person.start();
        // "... Samdech Techo": honorifics belong to the name, not to the title
        to = from + Titles.honorificsStart(index.text.substring(from, to));
        while (to > from && Character.isWhitespace(index.text.charAt(to - 1)))
            to--;
        Optional<String> owner = Optional.empty();
        Matcher of = ofAfter(person.end(), sentenceEnd)
                ? OF_COUNTRY_AFTER.matcher(index.text.substring(person.end(), sentenceEnd)) : null;
        if (of != null && of.find()) {
            Optional<Mention> c = index.at(person.end() + of.start(1));
            if (c.isPresent() && c.get().kind() == Mention.Kind.COUNTRY)
                owner = Optional.of(c.get().key());
        }
        // "a delegation of the X Party headed by its president Y": "its" is the party named before
        if (from - 5 >= sentenceStart && index.text.startsWith(" its ", from - 5)) {
            List<Mention> parties = index.within(sentenceStart, from, Mention.Kind.PARTY);
            if (!parties.isEmpty())
                owner = Optional.of("the " + parties.get(parties.size() - 1).key());
        }
        return parse(from, to, owner);
    }

    /** Whether white space and "of" follow an offset: most names are followed by no "of", and pass on it. */
    private boolean ofAfter(int at, int limit) {
        int i = index.skipSpaces(at, limit);
        return i > at && i + 2 <= limit && index.text.startsWith("of", i);
    }

    private int phraseEnd(int from, int limit) {
        List<Token> words = index.tokens(from, limit);
        int end = from;
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = index.text.charAt(i);
            if (c == '(')
                depth++;
            else if (c == ')')
                depth = Math.max(0, depth - 1);
            else if (depth == 0 && (c == ',' || c == ';'))
                return trimEnd(from, Math.min(i, stopWord(words, from, limit)));
        }
        end = stopWord(words, from, limit);
        return trimEnd(from, end);
    }

    private int stopWord(List<Token> words, int from, int limit) {
        for (Token w : words) {
            if (STOP.contains(w.text()))
                return w.start();
            if (w.text().equals("on") && DATE_AFTER_ON.matcher(index.text.substring(w.start(), limit)).find())
                return w.start();
        }
        return limit;
    }

    private int trimEnd(int from, int to) {
        while (to > from && ".;:, ".indexOf(index.text.charAt(to - 1)) >= 0)
            to--;
        return to;
    }




    /** Splits a written title into posts and writes each canonically. */
    private List<Parsed> parse(int from, int to, Optional<String> owner) {
        List<int[]> parts = split(from, to);
        List<Parsed> out = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int[] p : parts)
            written.add(index.text.substring(p[0], p[1]));
        // the organ shared by coordinated posts: "member of the Political Bureau and secretary ... of the X Central Committee"
        String sharedTail = parts.size() > 1 ? tail(parts.get(parts.size() - 1)) : null;
        for (int k = 0; k < parts.size(); k++) {
            int[] p = parts.get(k);
            String canon = canonical(p[0], p[1]);
            Parsed post = post(canon, written.get(k), p, owner);
            if (post == null)
                continue;
            if (k < parts.size() - 1 && sharedTail != null && needsShared(p, canon))
                post = new Parsed(post.label() + " " + sharedTail, written.get(k), false);
            out.add(post);
        }
        return out;
    }

    /** Coordinated parts: split at "and" before a role, a demonym or a country's title. */
    private List<int[]> split(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        String phrase = index.text.substring(from, to);
        if (!phrase.contains("and")) {
            parts.add(new int[] {from, to});        // most titles: one post, no "and" to try the pattern at
            return parts;
        }
        Matcher and = AND.matcher(phrase);
        int start = from;
        while (and.find()) {
            int next = from + and.end();
            String rest = index.text.substring(next, to);
            Optional<Mention> m = index.at(next);
            boolean newPost = Titles.startsWithRole(rest)
                    || (m.isPresent() && (m.get().kind() == Mention.Kind.DEMONYM || m.get().kind() == Mention.Kind.COUNTRY
                        || m.get().kind() == Mention.Kind.PARTY) && Titles.roleAtEnd(rest) > 0)
                    || Titles.roleAtEnd(rest) > 0 && Character.isUpperCase(rest.charAt(0)) && !rest.contains(" of ");
            if (newPost) {
                parts.add(new int[] {start, from + and.start()});
                start = next;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }


    /** One post; a bare title ("President") is completed with {@code owner} ("Laos", "the X Party") when known. */
    private Parsed post(String canonWithArticle, String writtenWithArticle, int[] span, Optional<String> owner) {
        String canon = Titles.withoutLeadingArticles(canonWithArticle);
        String written = Titles.withoutLeadingArticles(writtenWithArticle);
        int role = Titles.roleAtStart(canon);
        if (role > 0) {
            String head = canon.substring(0, role).toLowerCase(Locale.ROOT);
            String rest = canon.substring(role).trim();
            if (rest.isEmpty()) {
                // a bare title: "President X of Laos", else completed later from the person's country
                return owner.map(c -> new Parsed(head + " of " + c, written, false))
                        .orElse(new Parsed(head, written, true));
            }
            if (!LINKED.matcher(rest).matches())
                return null;
            return new Parsed(head + " " + rest, written, false);
        }
        int end = Titles.roleAtEnd(canon);
        if (end <= 0)
            return null;
        String head = canon.substring(canon.length() - end).toLowerCase(Locale.ROOT);
        String title = canon.substring(0, canon.length() - end).trim();
        return turnAround(head, title, span[0], written);
    }

    /** "Russian Security Council Secretary" → "secretary of the Security Council of Russia". */
    private Parsed turnAround(String role, String owner, int at, String written) {
        Optional<Mention> first = index.at(at);
        if (first.isPresent() && (first.get().kind() == Mention.Kind.DEMONYM || first.get().kind() == Mention.Kind.COUNTRY)) {
            String country = first.get().key();
            String organ = index.text.substring(first.get().end(), at + written.length()).trim();
            if (organ.startsWith("'s"))
                organ = organ.replaceFirst("^'s\\s+", "");
            organ = organ.substring(0, Math.max(0, organ.length() - role.length())).trim();
            if (organ.isEmpty())
                return new Parsed(role + " of " + country, written, false);
            if (!Character.isUpperCase(organ.charAt(0)))
                return null;
            return new Parsed(role + " of the " + organ + " of " + country, written, false);
        }
        if (first.isPresent() && first.get().kind() == Mention.Kind.PARTY) {
            String party = first.get().key();
            String organ = owner.substring(Math.min(owner.length(), owner.indexOf(party) < 0 ? 0 : owner.indexOf(party) + party.length())).trim();
            if (organ.indexOf('(') >= 0)
                organ = ACRONYM_IN_BRACKETS.matcher(organ).replaceAll("").trim();
            return organ.isEmpty() ? new Parsed(role + " of the " + party, written, false)
                    : new Parsed(role + " of the " + organ + " of the " + party, written, false);
        }
        if (!owner.isEmpty() && Character.isUpperCase(owner.charAt(0)))
            return new Parsed(role + " of the " + owner, written, true);
        return null;
    }

    private boolean needsShared(int[] part, String canonical) {
        String canon = Titles.withoutLeadingArticles(canonical);
        int role = Titles.roleAtStart(canon);
        if (role <= 0)
            return false;
        String rest = canon.substring(role).trim();
        if (rest.isEmpty())
            return true;
        if (!rest.startsWith("of "))
            return false;
        if (!index.within(part[0], part[1], null).stream().filter(m -> m.kind() != Mention.Kind.PERSON).toList().isEmpty())
            return false;
        for (String w : Lexicon.SPACES.split(rest.substring(3)))
            if (!w.equals("the") && !w.equals("of") && !Lexicon.is(Lexicon.ORGAN_WORDS, w))
                return false;
        return true;
    }

    /** "of the Communist Party of Cuba Central Committee": from the "of" before the first party or country. */
    private String tail(int[] last) {
        List<Mention> ms = index.within(last[0], last[1], null).stream()
                .filter(m -> m.kind() == Mention.Kind.PARTY || m.kind() == Mention.Kind.COUNTRY).toList();
        if (ms.isEmpty())
            return null;
        String before = index.text.substring(last[0], ms.get(0).start());
        int of = before.lastIndexOf(" of ");
        if (of < 0)
            return null;
        return canonical(last[0] + of + 1, last[1]);
    }

    /** The text with party names written out and bracketed acronyms dropped; "Politburo" written out. */
    String canonical(int from, int to) {
        StringBuilder b = new StringBuilder();
        int i = from;
        for (Mention m : index.within(from, to, null)) {
            b.append(index.text, i, m.start());
            boolean bracketedAcronym = m.start() > 0 && index.text.charAt(m.start() - 1) == '('
                    && m.end() < index.text.length() && index.text.charAt(m.end()) == ')';
            if (bracketedAcronym) {
                // drop " (CPC)": trim the opening bracket and the space before it
                int len = b.length();
                while (len > 0 && (b.charAt(len - 1) == '(' || b.charAt(len - 1) == ' '))
                    len--;
                b.setLength(len);
                i = m.end() + 1;
                continue;
            }
            String written = index.text.substring(m.start(), m.end());
            boolean shorthand = m.kind() == Mention.Kind.PARTY && (isAcronym(written) || isCountrysParty(written));
            b.append(shorthand ? m.key() : written);
            i = m.end();
        }
        b.append(index.text, i, to);
        String s = b.indexOf("(") < 0 ? b.toString() : ACRONYM_IN_BRACKETS.matcher(b).replaceAll("");
        return Names.clean(s.replace("Politburo", "Political Bureau"));
    }

    /** "Vietnamese Party", "Laos' Party": a party written by its country alone. */
    private boolean isCountrysParty(String written) {
        if (!written.endsWith("Party"))
            return false;
        String[] w = Lexicon.SPACES.split(written);
        return w.length == 2 && w[1].equals("Party") && (ref.countryByDemonym(w[0]).isPresent()
                || ref.country(w[0].replaceFirst("'s?$", "")).isPresent());
    }

    private static boolean isAcronym(String s) {
        for (int i = 0; i < s.length(); i++)
            if (Character.isLowerCase(s.charAt(i)))
                return MIXED_ACRONYM.matcher(s).matches();
        return true;
    }



}
