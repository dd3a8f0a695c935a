package org.w3id.liaison.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.liaison.authority.Names;

/**
 * What a title is, for the rules that read posts and the rules that find guests: where the title written
 * before a name starts ("Speaker of the Egyptian Senate and Chairman of Nation's Future Party X"), and the
 * roles a text starts or ends with.
 */
final class Titles {
    private Titles() {}

    private static final List<String> HONORIFICS = List.of("Samdech", "Techo", "Comrade", "Dr", "Mr", "Mrs", "Ms", "Madam");
    private static final Pattern HONORIFICS_AT_END = Pattern.compile(
            "(?:(?:^|\\s+)(?:" + String.join("|", HONORIFICS) + ")\\.?)+\\s*$");
    private static final Pattern LEADING_LINKS = Pattern.compile("^(?:(?:of|the|for|on|and)\\s+)+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?:a|an|the|also)\\s+)+", Pattern.CASE_INSENSITIVE);

    /** Where the title before a name starts: over capitalised words, roles, organs, mentions and "of the". */
    static int start(TextIndex index, int nameStart, int sentenceStart) {
        List<Token> words = index.tokens(sentenceStart, nameStart);
        int start = nameStart;
        for (int i = words.size() - 1; i >= 0; i--) {
            Token w = words.get(i);
            int ws = w.start();
            if (!spacesOrBrackets(index.text, w.end(), start))
                break;
            Optional<Mention> m = index.at(ws);
            if (m.isPresent()) {
                if (m.get().kind() == Mention.Kind.PERSON || m.get().kind() == Mention.Kind.PLACE)
                    break;
                start = m.get().start();
                while (i > 0 && words.get(i - 1).start() >= m.get().start())
                    i--;
                continue;
            }
            String t = w.text();
            String lower = t.toLowerCase(Locale.ROOT);
            boolean ok;
            if (t.equals("of") || t.equals("the") || t.equals("for") || t.equals("on"))
                ok = i > 0;
            else if (t.equals("and"))
                ok = startsWithRoleOrCountry(index.text.substring(start, nameStart));
            else if (w.capitalized())
                ok = !Lexicon.FUNCTION_WORDS.contains(lower) || Lexicon.ROLES.contains(lower) || lower.equals("vice")
                        || lower.equals("deputy") || lower.equals("first") || lower.equals("honorary")
                        || lower.equals("former");
            else
                ok = Lexicon.ROLES.contains(lower) || lower.equals("deputy") || lower.equals("vice")
                        || lower.equals("first") || lower.equals("former")
                        || (Lexicon.ORGAN_WORDS.contains(lower) && partyBefore(index, words, i));
            if (!ok)
                break;
            start = ws;
        }
        // a title starts with a role, a demonym, a country or a party; not with "of the"
        // each link word starts with o, t, f or a: most titles are passed on their first character
        if (start < nameStart && "otfa".indexOf(index.text.charAt(start)) >= 0) {
            Matcher lead = LEADING_LINKS.matcher(index.text.substring(start, nameStart));
            if (lead.find())
                start += lead.end();
        }
        return start;
    }

    private static boolean spacesOrBrackets(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '(' && c != ')')
                return false;
        }
        return true;
    }

    private static boolean partyBefore(TextIndex index, List<Token> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Optional<Mention> m = index.at(words.get(k).start());
            if (m.isPresent())
                return m.get().kind() == Mention.Kind.PARTY;
            if (!Lexicon.ORGAN_WORDS.contains(words.get(k).lower()))
                return false;
        }
        return false;
    }

    /**
     * Where the honorifics a text ends with start ("President Samdech Techo" → 9, before " Samdech"); the
     * text's length if it ends with none. The pattern is tried only when the last word is an honorific.
     */
    static int honorificsStart(String s) {
        int end = s.length();
        while (end > 0 && Names.isSpace(s.charAt(end - 1)))
            end--;
        int start = wordStart(s, end);
        if (end > start && s.charAt(end - 1) == '.')
            end--;
        if (!HONORIFICS.contains(s.substring(start, end)))
            return s.length();
        Matcher m = HONORIFICS_AT_END.matcher(s);
        return m.find() ? m.start() : s.length();
    }

    /** Where the word that ends at {@code end} starts: after the white space ({@code \s}) before it, or at 0. */
    static int wordStart(String s, int end) {
        int start = end;
        while (start > 0 && !Names.isSpace(s.charAt(start - 1)))
            start--;
        return start;
    }

    /** After "and" in a title: "Chinese President", "President", "Senate President Samdech". */
    private static boolean startsWithRoleOrCountry(String s) {
        String trimmed = s.trim();
        String t = trimmed.substring(0, honorificsStart(trimmed)).trim();
        return startsWithRole(t) || (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && roleAtEnd(t) > 0);
    }

    static boolean startsWithRole(String s) {
        return roleAtStart(withoutLeadingArticles(s.trim())) > 0;
    }

    /** "the member of ..." → "member of ...": leading "a", "an", "the", "also" (any case) dropped. */
    static String withoutLeadingArticles(String s) {
        // each starts with an a or a t (the pattern folds ASCII case only): most texts are passed on that
        if (s.isEmpty() || "aAtT".indexOf(s.charAt(0)) < 0)
            return s;
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    /** Length of the role the text starts with ("former vice-minister of" → "former vice-minister"), or 0. */
    static int roleAtStart(String s) {
        // a text starting with white space has an empty first word (as String.split gives it), and no role
        // starts with one
        if (s.isEmpty() || Names.isSpace(s.charAt(0)))
            return 0;
        int former = 0;             // "former " as often as written
        String head = "";           // the words after it, lower case, one space apart
        int headLength = 0;         // their length as written, one space apart
        int role = 0;
        for (int i = 0, n = 0; i < s.length() && n < 4; ) {
            int end = i;
            while (end < s.length() && !Names.isSpace(s.charAt(end)))
                end++;
            String word = s.substring(i, end);
            i = end;
            while (i < s.length() && Names.isSpace(s.charAt(i)))
                i++;
            if (n == 0 && word.equalsIgnoreCase("former")) {
                former += word.length() + 1;
                continue;
            }
            head = n == 0 ? word.toLowerCase(Locale.ROOT) : head + " " + word.toLowerCase(Locale.ROOT);
            headLength += n == 0 ? word.length() : word.length() + 1;
            n++;
            if (Lexicon.ROLES.contains(head))
                role = former + headLength;      // the longest role wins
            if (!Lexicon.ROLE_STARTS.contains(head))
                break;                          // no longer role begins so
        }
        return role;
    }

    /** Length of the role the text ends with ("Cuban President" → 9), or 0. */
    static int roleAtEnd(String s) {
        // the last three words at most, read from the end of the trimmed text
        String t = s.trim();
        String tail = "";
        int tailLength = 0;
        int role = 0;
        for (int i = t.length(), n = 0; i > 0 && n < 3; n++) {
            int start = wordStart(t, i);
            String word = t.substring(start, i);
            tail = n == 0 ? word.toLowerCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT) + " " + tail;
            tailLength += n == 0 ? word.length() : word.length() + 1;
            if (Lexicon.ROLES.contains(tail))
                role = tailLength;
            if (!Lexicon.ROLE_ENDS.contains(tail))
                break;
            i = start;
            while (i > 0 && Names.isSpace(t.charAt(i - 1)))
                i--;
        }
        return role;
    }
}
