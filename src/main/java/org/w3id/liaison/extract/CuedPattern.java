package org.w3id.liaison.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.liaison.authority.Names;

/**
 * A pattern tried only where a match can be, found by a cheap scan for something every match holds (its
 * cue). A pattern of many alternatives behind {@code \b}, or one that starts with a repeated group, is
 * otherwise tried at every character of the text, and most of the extractor's time went there. The matches
 * are those {@link Matcher#find()} gives, because a match can start nowhere else. Three kinds of cue:
 * <ul>
 * <li>{@link #startingWith}: every match starts with one of a few words, compared without case as whole runs
 *     of letters (the cue of "co-chaired" is "co");</li>
 * <li>{@link #startingWithOneOf}: every match starts with one of a few characters;</li>
 * <li>{@link #holding}: every match starts with a capital and holds a literal, and before it only letters,
 *     apostrophes, hyphens and white space ("Communist Party of Cuba" holds "Party"); it is tried at the
 *     capitals of the run of such characters that ends at the literal.</li>
 * </ul>
 *
 * <pre>{@code
 * CuedPattern met = CuedPattern.startingWith("\\b(?:met|held\\s+talks)\\b", "met", "held");
 * CuedPattern.Scan s = met.scan("Cai Qi met with Roberto Morales Ojeda");
 * s.find();      // true; s.start() == 7
 * }</pre>
 */
final class CuedPattern {
    private enum Cue { WORD, CHARACTER, LITERAL }

    private final Pattern pattern;
    private final Cue cue;
    /**
     * The words a match starts with (lower case) by their first letter, a-z: a run of the text is compared
     * only with the few words of its initial, and most runs are passed on it.
     */
    private final String[][] wordsByInitial = new String[26][0];
    private final String characters;
    private final String literal;
    private final int shortest;
    private final int longest;

    private CuedPattern(String regex, Cue cue, String[] words, String characters, String literal) {
        this.pattern = Pattern.compile(regex);
        this.cue = cue;
        this.characters = characters;
        this.literal = literal;
        for (String w : words) {
            if (w.isEmpty() || w.charAt(0) < 'a' || w.charAt(0) > 'z' || !w.equals(w.toLowerCase(Locale.ROOT)))
                throw new IllegalArgumentException("a cue word is lower case and starts with a-z: " + w);
            String[] same = wordsByInitial[w.charAt(0) - 'a'];
            same = Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = w;
            wordsByInitial[w.charAt(0) - 'a'] = same;
        }
        this.shortest = Arrays.stream(words).mapToInt(String::length).min().orElse(0);
        this.longest = Arrays.stream(words).mapToInt(String::length).max().orElse(0);
    }

    /** A pattern every match of which starts with one of these words (lower case). */
    static CuedPattern startingWith(String regex, String... words) {
        return new CuedPattern(regex, Cue.WORD, words, "", "");
    }

    /** A pattern every match of which starts with one of these characters. */
    static CuedPattern startingWithOneOf(String regex, String characters) {
        return new CuedPattern(regex, Cue.CHARACTER, new String[0], characters, "");
    }

    /**
     * A pattern every match of which starts with a capital letter and holds this literal, preceded only by
     * letters, ', - and white space: a name ending in a word such as "Party".
     */
    static CuedPattern holding(String regex, String literal) {
        return new CuedPattern(regex, Cue.LITERAL, new String[0], "", literal);
    }

    Scan scan(String text) {
        return new Scan(text);
    }

    /** Whether the pattern matches anywhere in the text. */
    boolean in(String text) {
        return scan(text).find();
    }

    /** The matches in one text, left to right, as {@link Matcher#find()} would give them. */
    final class Scan {
        private final String text;
        /** Made at the first cue: most scans of a sentence find none, and a matcher costs its group arrays. */
        private Matcher matcher;
        /**
         * For a character cue, where each cue character next occurs (-1: nowhere) at or after the offset it
         * was looked for from: the text is read once however many matches there are.
         */
        private final int[] nextOfCharacter;
        private final int[] lookedFrom;
        private int next;

        private Scan(String text) {
            this.text = text;
            this.nextOfCharacter = new int[characters.length()];
            this.lookedFrom = new int[characters.length()];
            Arrays.fill(lookedFrom, Integer.MAX_VALUE);
        }

        private Matcher matcher() {
            if (matcher == null)
                // the pattern sees the text around the place it is tried at, for \b and look-behind
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            return matcher;
        }

        /** The next match after the last one found. */
        boolean find() {
            return find(next);
        }

        /** The first match that starts at or after an offset. */
        boolean find(int from) {
            boolean found = cue == Cue.LITERAL ? findAroundLiteral(Math.max(from, 0)) : findAtCue(Math.max(from, 0));
            next = !found ? text.length() + 1 : matcher.end() > matcher.start() ? matcher.end() : matcher.start() + 1;
            return found;
        }

        private boolean findAtCue(int from) {
            for (int at = nextCue(from); at >= 0; at = nextCue(at + 1)) {
                matcher().region(at, text.length());
                if (matcher.lookingAt())
                    return true;
            }
            return false;
        }

        /**
         * No match starts before the run of name characters that ends at the literal's first occurrence: a
         * match that did would hold a later occurrence, and so this run too. Within the run, a match starts
         * at a capital; failing every one up to the literal, the same holds from the next occurrence.
         */
        private boolean findAroundLiteral(int from) {
            int after = from;
            for (int at = text.indexOf(literal, after); at >= 0; at = text.indexOf(literal, after)) {
                int start = at;
                while (start > after && nameChar(text.charAt(start - 1)))
                    start--;
                for (int p = start; p <= at; p++)
                    if (Character.isUpperCase(text.codePointAt(p)) && matcher().region(p, text.length()).lookingAt())
                        return true;
                after = at + 1;
            }
            return false;
        }

        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }

        String group() {
            return matcher.group();
        }

        String group(String name) {
            return matcher.group(name);
        }

        String group(int group) {
            return matcher.group(group);
        }

        int start(int group) {
            return matcher.start(group);
        }

        /** Where the next cue starts, at or after an offset; -1 if none does. */
        private int nextCue(int from) {
            int n = text.length();
            if (cue == Cue.CHARACTER)
                return nextCharacter(from);
            int i = from;
            if (i > 0)      // a cue is a whole run of letters: not the rest of one that starts before from
                while (i < n && Token.letter(text.charAt(i - 1)) && Token.letter(text.charAt(i)))
                    i++;
            while (i < n) {
                if (!Token.letter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i++;
                while (i < n && Token.letter(text.charAt(i)))
                    i++;
                if (isCue(start, i - start))
                    return start;
            }
            return -1;
        }

        /** The first cue character at or after an offset, each found by {@link String#indexOf(int, int)}. */
        private int nextCharacter(int from) {
            int first = -1;
            for (int k = 0; k < nextOfCharacter.length; k++) {
                int at = nextOfCharacter[k];
                if (lookedFrom[k] > from || at >= 0 && at < from) {
                    at = nextOfCharacter[k] = text.indexOf(characters.charAt(k), from);
                    lookedFrom[k] = from;
                }
                if (at >= 0 && (first < 0 || at < first))
                    first = at;
            }
            return first;
        }

        private boolean isCue(int at, int length) {
            if (length < shortest || length > longest)
                return false;
            char first = Character.toLowerCase(text.charAt(at));
            if (first < 'a' || first > 'z')
                return false;
            for (String w : wordsByInitial[first - 'a'])
                if (w.length() == length && sameWord(at, w))
                    return true;
            return false;
        }

        /**
         * The word at {@code at} is {@code w} but for case. ASCII letters are compared by their lower-case
         * bit; any other character goes to {@link String#regionMatches(boolean, int, String, int, int)}, whose
         * case folding also maps a few non-ASCII letters to ASCII ones (the Kelvin sign to "k").
         */
        private boolean sameWord(int at, String w) {
            for (int k = 0; k < w.length(); k++) {
                char c = text.charAt(at + k);
                if (c >= 128 || w.charAt(k) >= 128)
                    return text.regionMatches(true, at, w, 0, w.length());
                if ((c | 0x20) != w.charAt(k))
                    return false;
            }
            return true;
        }
    }

    /**
     * Whether a text ends with one of some words, less any white space and line terminators after it: a
     * pattern that ends with one of them, then at most white space and {@code $} (which may stand before a
     * last line terminator), matches no text for which this is false, and need not be tried on it.
     */
    static boolean endsWithOneOf(String text, String... words) {
        int end = text.length();
        while (end > 0 && (Names.isSpace(text.charAt(end - 1)) || "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0))
            end--;
        for (String w : words)
            if (text.startsWith(w, end - w.length()))
                return true;
        return false;
    }

    private static boolean nameChar(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '\'' || c == '-' || Character.isWhitespace(c);
    }
}
